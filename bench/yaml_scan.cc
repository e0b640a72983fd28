// The floor for `isms check`: a bare libyaml event scan that reads every event of the given
// YAML files and does nothing with them. Whatever isms does beyond this is its own cost.
//   isms-yaml-scan FILE...     prints the number of events; exit 1 when a file cannot be read
#include <yaml.h>

#include <cstdio>
#include <algorithm>
#include <string>

int main(int argc, char** argv) {
  unsigned long long events = 0;
  for (int i = 1; i < argc; ++i) {
    // Read in one call, as isms does: the floor must not be slowed by how it reads.
    std::FILE* file = std::fopen(argv[i], "rb");
    std::string text;
    if (file != nullptr && std::fseek(file, 0, SEEK_END) == 0) {
      text.resize(static_cast<std::size_t>(std::max(0L, std::ftell(file))));
      std::rewind(file);
      text.resize(std::fread(text.data(), 1, text.size(), file));
    }
    if (file == nullptr || std::ferror(file) != 0) {
      std::fprintf(stderr, "isms-yaml-scan: cannot read %s\n", argv[i]);
      if (file != nullptr) std::fclose(file);
      return 1;
    }
    std::fclose(file);
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    bool done = false;
    while (!done) {
      yaml_event_t event;
      if (yaml_parser_parse(&parser, &event) == 0) {
        std::fprintf(stderr, "isms-yaml-scan: %s: %s\n", argv[i], parser.problem != nullptr ? parser.problem : "error");
        yaml_parser_delete(&parser);
        return 1;
      }
      done = event.type == YAML_STREAM_END_EVENT;
      yaml_event_delete(&event);
      ++events;
    }
    yaml_parser_delete(&parser);
  }
  std::printf("%llu events\n", events);
  return 0;
}
