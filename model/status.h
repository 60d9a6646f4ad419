// Status and Result<T>: how every library boundary in planparse reports failure.
// A failed Status carries a code and a message that names the file and the place.
// No exception crosses a public header; functions return Status or Result<T>.
#ifndef PLANPARSE_MODEL_STATUS_H_
#define PLANPARSE_MODEL_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace planparse {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,   // the caller asked for something impossible (usage error)
    kNotFound,          // the file or a required part does not exist
    kIoError,           // the operating system refused a read or write
    kCorrupt,           // the bytes are not a well-formed document of the claimed format
    kUnsupported,       // well-formed but uses something planparse does not read (encryption)
    kLimitExceeded,     // a configured safety limit was reached (size, ratio, depth)
  };

  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Corrupt(std::string msg) { return Status(Code::kCorrupt, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status LimitExceeded(std::string msg) { return Status(Code::kLimitExceeded, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "corrupt: word/document.xml line 3: ..." ; "ok" when ok.
  std::string ToString() const;
  // Returns a copy whose message is prefixed with `context` ("report.docx: ").
  Status WithContext(const std::string& context) const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: must not be ok
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T&& take() { return std::move(*value_); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace planparse

#endif  // PLANPARSE_MODEL_STATUS_H_
