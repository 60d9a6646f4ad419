// Hyphenator: decides whether a line-end hyphen split one word, using a real Russian
// dictionary (Debian's hunspell-ru through libhunspell).
#ifndef PLANPARSE_NORMALIZER_HYPHENATION_H_
#define PLANPARSE_NORMALIZER_HYPHENATION_H_

#include <memory>
#include <string>
#include <string_view>

#include "model/status.h"

namespace planparse {

struct HyphenatorOptions {
  std::string affix_path = "/usr/share/hunspell/ru_RU.aff";  // Debian hunspell-ru
  std::string dictionary_path = "/usr/share/hunspell/ru_RU.dic";
};

// The dictionary (some 20 MB, 0.1 s to load) is loaded on the first question, so a run
// that never meets a line-end hyphen or a wrapped word never pays for it.
class Hyphenator {
 public:
  // Fails with NotFound when the dictionary files are missing.
  static Result<std::unique_ptr<Hyphenator>> Open(const HyphenatorOptions& options);
  // The process-wide instance with default options, or nullptr when unavailable.
  static const Hyphenator* Default();
  ~Hyphenator();

  // True when the dictionary knows `word` (UTF-8), in any capitalisation it allows.
  bool IsWord(std::string_view word) const;
  // True when "left-" at a line end followed by "right" is one word broken by the line:
  // left+right is a word, and left-right is not written with a hyphen.
  bool SplitsWord(std::string_view left, std::string_view right) const;

 private:
  Hyphenator() = default;
  void* Handle() const;  // loads the dictionary on first use; nullptr if it fails
  HyphenatorOptions options_;
  mutable void* handle_ = nullptr;  // Hunhandle*
  mutable bool tried_ = false;
};

}  // namespace planparse

#endif  // PLANPARSE_NORMALIZER_HYPHENATION_H_
