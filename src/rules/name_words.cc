#include "rules/name_words.h"

#include <algorithm>
#include <cctype>

namespace isms {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || static_cast<unsigned char>(c) >= 0x80) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool is_generic_word(std::string_view lowered_word) {
  static const std::unordered_set<std::string_view> words = {
      "the", "and", "of", "for", "a", "an", "to", "in", "on", "with", "our", "its", "by",
      "service", "services", "product", "products", "platform", "solution", "solutions", "offering", "ltd",
      "limited", "inc", "plc", "gmbh"};
  return words.contains(lowered_word);
}

std::unordered_set<std::string> organisation_words(const Manifest& manifest) {
  std::unordered_set<std::string> words;
  for (std::string& word : words_of(manifest.organisation_name.value)) words.insert(std::move(word));
  for (const LegalEntity& entity : manifest.legal_entities) {
    for (std::string& word : words_of(entity.name.value)) words.insert(std::move(word));
  }
  return words;
}

std::vector<std::string> distinctive_words(std::string_view name, const std::unordered_set<std::string>& own_name) {
  const std::size_t remark = name.find('(');
  std::vector<std::string> words;
  for (std::string& word : words_of(name.substr(0, remark))) {
    if (is_generic_word(word) || own_name.contains(word)) continue;
    words.push_back(std::move(word));
  }
  return words;
}

bool text_names(const std::unordered_set<std::string>& text, const std::vector<std::string>& name) {
  if (name.empty()) return true;
  const auto found = std::count_if(name.begin(), name.end(), [&text](const std::string& word) {
    return text.contains(word);
  });
  return static_cast<std::size_t>(found) * 3 >= name.size() * 2;
}

}  // namespace isms
