#include "normalizer/hyphenation.h"

#include <hunspell/hunspell.h>
#include <sys/stat.h>

#include <mutex>

namespace planparse {
namespace {
// Hunspell handles are not safe to query from several threads at once.
std::mutex& HunspellMutex() {
  static std::mutex m;
  return m;
}
bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
}  // namespace

Result<std::unique_ptr<Hyphenator>> Hyphenator::Open(const HyphenatorOptions& options) {
  if (!Exists(options.affix_path) || !Exists(options.dictionary_path)) {
    return Status::NotFound("словарь hunspell не найден: " + options.dictionary_path +
                            " (пакет hunspell-ru)");
  }
  std::unique_ptr<Hyphenator> out(new Hyphenator());
  out->options_ = options;
  return out;
}

void* Hyphenator::Handle() const {
  if (!tried_) {  // callers hold HunspellMutex()
    tried_ = true;
    handle_ = Hunspell_create(options_.affix_path.c_str(), options_.dictionary_path.c_str());
  }
  return handle_;
}

const Hyphenator* Hyphenator::Default() {
  // Loaded once and never freed: freeing hunspell's Russian dictionary at exit costs as
  // much as loading it, and the process is ending anyway.
  static const Hyphenator* instance = [] {
    Result<std::unique_ptr<Hyphenator>> h = Open(HyphenatorOptions());
    return h.ok() ? h.take().release() : nullptr;
  }();
  return instance;
}

Hyphenator::~Hyphenator() {
  if (handle_ != nullptr) Hunspell_destroy(static_cast<Hunhandle*>(handle_));
}

bool Hyphenator::IsWord(std::string_view word) const {
  if (word.empty() || word.size() > 200) return false;
  std::string w(word);
  std::lock_guard<std::mutex> lock(HunspellMutex());
  void* handle = Handle();
  return handle != nullptr && Hunspell_spell(static_cast<Hunhandle*>(handle), w.c_str()) != 0;
}

bool Hyphenator::SplitsWord(std::string_view left, std::string_view right) const {
  std::string joined = std::string(left) + std::string(right);
  if (!IsWord(joined)) return false;
  // "кое-" + "как": both forms may be known; the hyphenated spelling wins.
  return !IsWord(std::string(left) + "-" + std::string(right));
}

}  // namespace planparse
