#include "exporters/plan_writers.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "exporters/json_values.h"
#include "exporters/plan_writer.h"

namespace planparse {
namespace {

namespace fs = std::filesystem;

std::string Errno(const std::string& what) { return what + ": " + std::strerror(errno); }

// Writes all of `bytes` to `fd`; a short write (disk full) is an error.
Status WriteAll(int fd, const std::string& bytes, const std::string& path) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(Errno(path + ": запись не удалась"));
    }
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

// The whole file or nothing: a temporary file, fsync (when `sync`), rename. json:DIR
// writes its per-document files without the fsync and flushes them all at the end of the
// run (SyncFileSystem): one fsync per document made a thousand small plans take twice as
// long here, and far longer on a spinning disk. A file cut short by a power loss before
// then is not valid JSON, so the next run extracts that document again.
Status WriteFileAtomically(const fs::path& path, const std::string& bytes, bool sync = true) {
  const std::string tmp = path.string() + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IoError(Errno(tmp + ": не удаётся создать"));
  Status st = WriteAll(fd, bytes, tmp);
  if (st.ok() && sync && ::fsync(fd) != 0) st = Status::IoError(Errno(tmp + ": fsync"));
  if (::close(fd) != 0 && st.ok()) st = Status::IoError(Errno(tmp + ": close"));
  if (st.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) st = Status::IoError(Errno(path.string() + ": rename"));
  if (!st.ok()) ::unlink(tmp.c_str());
  return st;
}

// Flushes to disk everything written on the file system that holds `dir` (syncfs).
Status SyncFileSystem(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(Errno(dir.string() + ": не удаётся открыть каталог"));
  Status st;
  if (::syncfs(fd) != 0) st = Status::IoError(Errno(dir.string() + ": не удаётся сбросить файлы на диск"));
  ::close(fd);
  return st;
}

// A file opened for appending whole records; a partial last line left by a crash is cut.
class AppendFile {
 public:
  Status Open(const std::string& path, const std::string& header_if_new) {
    path_ = path;
    std::error_code ec;
    bool existed = fs::is_regular_file(path, ec);  // devices (/dev/full) are not read back
    if (existed) {
      const uint64_t size = fs::file_size(path, ec);
      const uint64_t keep = ec ? 0 : EndOfLastLine(size);
      if (keep != size && ::truncate(path.c_str(), static_cast<off_t>(keep)) != 0) {
        return Status::IoError(Errno(path + ": не удаётся обрезать неполную строку"));
      }
      existed = keep > 0;
    }
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd_ < 0) return Status::IoError(Errno(path + ": не удаётся открыть для записи"));
    if (!existed && !header_if_new.empty()) return Append(header_if_new);
    return Status::Ok();
  }
  // The offset just after the file's last newline (0 when it has none), read from the end.
  uint64_t EndOfLastLine(uint64_t size) const {
    std::ifstream in(path_, std::ios::binary);
    char buffer[1 << 16];
    uint64_t end = size;
    while (end > 0) {
      const uint64_t start = end > sizeof buffer ? end - sizeof buffer : 0;
      in.seekg(static_cast<std::streamoff>(start));
      in.read(buffer, static_cast<std::streamsize>(end - start));
      if (in.gcount() != static_cast<std::streamsize>(end - start)) return 0;
      for (uint64_t i = end - start; i > 0; --i) {
        if (buffer[i - 1] == '\n') return start + i;
      }
      end = start;
    }
    return 0;
  }
  Status Append(const std::string& bytes) { return WriteAll(fd_, bytes, path_); }
  Status Close() {
    if (fd_ < 0) return Status::Ok();
    Status st;
    if (::fsync(fd_) != 0 && errno != EINVAL) st = Status::IoError(Errno(path_ + ": fsync"));
    if (::close(fd_) != 0 && st.ok()) st = Status::IoError(Errno(path_ + ": close"));
    fd_ = -1;
    return st;
  }
  ~AppendFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
};

// What a stored plan says of its input, read from the start of its JSON: "source"'s path
// and sha256, or that the record is a failure. Parsing stops after the source object (it
// comes second, after schema_version): a resumed run over a JSONL of thousands of plans
// read every line whole before, 2.4 s for 73 MB. Whether the record is whole the writers
// check for themselves.
struct StoredRecord {
  bool ok = false;        // a source with both strings, or a failure, was read
  bool failure = false;   // {"failure": …}
  std::string path, sha256;
};

class StoredRecordReader : public nlohmann::json_sax<Json> {
 public:
  explicit StoredRecordReader(StoredRecord* out) : out_(out) {}
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool string(string_t& value) override {
    if (depth_ == 2 && in_source_) {
      if (key_ == "path") path_ = value, has_path_ = true;
      if (key_ == "sha256") sha256_ = value, has_sha256_ = true;
    }
    return true;
  }
  bool start_object(std::size_t) override {
    ++depth_;
    return true;
  }
  bool end_object() override {
    --depth_;
    if (depth_ == 1 && in_source_) {  // the source object is read: enough
      out_->ok = has_path_ && has_sha256_;
      out_->path = path_;
      out_->sha256 = sha256_;
      return false;
    }
    if (depth_ == 1) in_source_ = false;
    return true;
  }
  bool start_array(std::size_t) override {
    ++depth_;
    return true;
  }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool key(string_t& name) override {
    key_ = name;
    if (depth_ == 1) {
      in_source_ = name == "source";
      if (name == "failure") {
        out_->ok = out_->failure = true;
        return false;
      }
    }
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  StoredRecord* out_;
  int depth_ = 0;
  bool in_source_ = false, has_path_ = false, has_sha256_ = false;
  std::string key_, path_, sha256_;
};

// `json`: a string or a stream, read no further than the end of the source object.
template <typename Input>
StoredRecord ReadStoredRecord(Input&& json) {
  StoredRecord record;
  StoredRecordReader reader(&record);
  Json::sax_parse(std::forward<Input>(json), &reader);
  return record;
}

// ---- json:DIR ---------------------------------------------------------------------------

class JsonDirWriter : public PlanWriter {
 public:
  explicit JsonDirWriter(fs::path dir) : dir_(std::move(dir)) {}
  bool MayHaveStored(const std::string& path) override {
    std::error_code ec;
    return fs::exists(Target(path, false), ec);
  }
  bool AlreadyStored(const SourceInfo& source) override {
    fs::path target = Target(source.path, false);
    std::ifstream in(target, std::ios::binary);
    if (!in) return false;
    // A file cut short (written without fsync, then a power loss) does not end as a whole
    // plan does, with its closing brace alone on the last line: it is extracted again.
    // Only that end and the plan's first lines are read.
    char end[3];
    if (!in.seekg(-3, std::ios::end) || !in.read(end, 3) || std::string_view(end, 3) != "\n}\n") return false;
    in.seekg(0);
    const StoredRecord record = ReadStoredRecord(in);
    return record.ok && !record.failure && record.sha256 == source.sha256 && record.path == source.path;
  }
  Status Write(const Plan& plan, const SourceInfo& source) override {
    return WriteRendered(plan, source, "");
  }
  std::string Render(const Plan& plan, const SourceInfo& source) const override {
    return PlanJson(plan, source, true);
  }
  Status WriteRendered(const Plan& plan, const SourceInfo& source, const std::string& rendered) override {
    // Not `rendered.empty() ? Render(…) : rendered`: that would copy `rendered`, a large
    // plan's megabytes.
    const fs::path target = Target(source.path, true);
    if (rendered.empty()) return WriteFileAtomically(target, Render(plan, source), /*sync=*/false);
    return WriteFileAtomically(target, rendered, /*sync=*/false);
  }
  bool UsesOnlyRendered() const override { return true; }
  Status WriteFailure(const std::string& path, const std::string& reason) override {
    failures_ += Json({{"path", path}, {"reason", reason}}).dump() + "\n";
    return Status::Ok();
  }
  Status Finish() override {
    Status st;
    if (failures_.empty()) {
      std::error_code ec;
      fs::remove(dir_ / "failures.jsonl", ec);
    } else {
      st = WriteFileAtomically(dir_ / "failures.jsonl", failures_, /*sync=*/false);
    }
    Status synced = SyncFileSystem(dir_);  // every file written above, in one flush
    return st.ok() ? synced : st;
  }

 private:
  // DIR/NAME.json; a second input with the same NAME gets NAME-2.json, and so on.
  fs::path Target(const std::string& input, bool reserve) {
    auto it = names_.find(input);
    if (it != names_.end()) return dir_ / it->second;
    std::string stem = fs::path(input).stem().string();
    std::string name = stem + ".json";
    for (int n = 2; used_.count(name); ++n) name = stem + "-" + std::to_string(n) + ".json";
    if (reserve) {
      used_.insert(name);
      names_[input] = name;
    }
    return dir_ / name;
  }
  fs::path dir_;
  std::string failures_;
  std::map<std::string, std::string> names_;
  std::set<std::string> used_;
};

// ---- jsonl:FILE -------------------------------------------------------------------------

class JsonlWriter : public PlanWriter {
 public:
  Status Open(const std::string& path) {
    if (path == "-") {
      stdout_ = true;
      return Status::Ok();
    }
    Status st = file_.Open(path, "");
    if (!st.ok()) return st;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return Status::Ok();  // a device: nothing to resume
    std::ifstream lines(path, std::ios::binary);  // line by line: the file may be large
    std::string line;
    while (std::getline(lines, line)) {
      if (line.empty() || line.back() != '}') continue;  // each record is written whole, on one line
      const StoredRecord record = ReadStoredRecord(line);
      if (!record.ok) continue;
      if (record.failure) {
        failures_.insert(line + "\n");
      } else {
        stored_.insert(record.path + "\n" + record.sha256);
        stored_paths_.insert(record.path);
      }
    }
    return Status::Ok();
  }
  bool AlreadyStored(const SourceInfo& source) override {
    return stored_.count(source.path + "\n" + source.sha256) > 0;
  }
  bool MayHaveStored(const std::string& path) override { return stored_paths_.count(path) > 0; }
  Status Write(const Plan& plan, const SourceInfo& source) override {
    return Emit(PlanJson(plan, source, false));  // one line, written in one call
  }
  std::string Render(const Plan& plan, const SourceInfo& source) const override {
    return PlanJson(plan, source, false);
  }
  Status WriteRendered(const Plan& plan, const SourceInfo& source, const std::string& rendered) override {
    if (rendered.empty()) return Emit(PlanJson(plan, source, false));
    return Emit(rendered);  // as it is: a conditional expression would copy it
  }
  bool UsesOnlyRendered() const override { return true; }
  Status WriteFailure(const std::string& path, const std::string& reason) override {
    const std::string line = Json({{"failure", {{"path", path}, {"reason", reason}}}}).dump() + "\n";
    if (failures_.count(line) > 0) return Status::Ok();  // recorded by an earlier run
    return Emit(line);
  }
  Status Finish() override {
    if (stdout_) {
      std::fflush(stdout);
      return std::ferror(stdout) ? Status::IoError("ошибка записи в стандартный вывод") : Status::Ok();
    }
    return file_.Close();
  }

 private:
  Status Emit(const std::string& line) {
    if (stdout_) {
      std::fwrite(line.data(), 1, line.size(), stdout);
      return std::ferror(stdout) ? Status::IoError("ошибка записи в стандартный вывод") : Status::Ok();
    }
    return file_.Append(line);
  }
  AppendFile file_;
  bool stdout_ = false;
  std::set<std::string> stored_;       // "path\nsha256" of each plan in the file
  std::set<std::string> stored_paths_;  // the paths among them
  std::set<std::string> failures_;  // failure lines already in the file, newline included
};

// ---- csv:DIR ----------------------------------------------------------------------------

class CsvWriter : public PlanWriter {
 public:
  explicit CsvWriter(const WriterOptions& options) : sep_(options.csv_excel ? ';' : ','), bom_(options.csv_excel) {}

  Status Open(const fs::path& dir) {
    dir_ = dir;
    static const std::vector<std::pair<std::string, std::vector<std::string>>> kTables = {
        {"goals", {"document_id", "position", "text"}},
        {"tasks", {"document_id", "position", "text"}},
        {"events", {"event_id", "document_id", "position", "number", "section", "title", "timing_raw",
                    "timing_start", "timing_end", "timing_kind", "recurrence", "responsible", "form",
                    "audience", "result", "place", "note", "confidence", "first_line", "last_line"}},
        {"diagnostics", {"document_id", "code", "severity", "message", "place"}},
        {"failures", {"path", "reason"}},
        // Written last for each document: a document is stored once its row is here.
        {"documents", {"document_id", "path", "format", "encoding", "sha256", "size_bytes", "kind",
                       "title", "period_start", "period_end", "approval_order_number",
                       "approval_order_date", "goals", "tasks", "events"}},
    };
    // Resume: documents already complete, and rows of an interrupted document removed.
    std::set<std::string> complete;
    {
      std::ifstream in(dir / "documents.csv");
      std::string line;
      bool first = true;
      while (std::getline(in, line)) {
        if (first) { first = false; continue; }
        std::vector<std::string> fields = SplitFirstFields(line, 5);
        if (fields.size() >= 5) {
          complete.insert(fields[0]);
          stored_.insert(fields[1] + "\n" + fields[4]);
          stored_paths_.insert(fields[1]);
        }
      }
    }
    {
      // Failures already recorded, which a re-run must not record again.
      std::ifstream in(dir / "failures.csv", std::ios::binary);
      std::string line;
      while (std::getline(in, line)) failures_.insert(line + "\n");
    }
    for (const auto& [name, columns] : kTables) {
      fs::path path = dir / (name + ".csv");
      if (fs::exists(path) && name != "documents" && name != "failures") {
        Status st = DropOrphans(path, complete);
        if (!st.ok()) return st;
      }
      std::string header = (bom_ ? "\xEF\xBB\xBF" : "") + Row(columns);
      Status st = files_[name].Open(path.string(), header);
      if (!st.ok()) return st;
    }
    return Status::Ok();
  }

  bool AlreadyStored(const SourceInfo& source) override {
    return stored_.count(source.path + "\n" + source.sha256) > 0;
  }
  bool MayHaveStored(const std::string& path) override { return stored_paths_.count(path) > 0; }

  Status Write(const Plan& plan, const SourceInfo& source) override {
    const std::string id = source.sha256;
    std::string goals, tasks, events, diags;
    for (size_t i = 0; i < plan.goals.size(); ++i) goals += Row({id, std::to_string(i + 1), plan.goals[i].text});
    for (size_t i = 0; i < plan.tasks.size(); ++i) tasks += Row({id, std::to_string(i + 1), plan.tasks[i].text});
    for (size_t i = 0; i < plan.events.size(); ++i) {
      const Event& e = plan.events[i];
      std::string responsible;
      for (const std::string& r : e.responsible) responsible += (responsible.empty() ? "" : "; ") + r;
      events += Row({id + ":" + std::to_string(i + 1), id, std::to_string(i + 1), e.number, e.section, e.title,
                     e.timing.raw, e.timing.start, e.timing.end, e.timing.raw.empty() ? "" : TimingKindName(e.timing.kind),
                     RecurrenceName(e.timing.recurrence), responsible, e.form, e.audience, e.result, e.place,
                     e.note, std::to_string(e.confidence).substr(0, 4),
                     e.span.first_line > 0 ? std::to_string(e.span.first_line) : "",
                     e.span.last_line > 0 ? std::to_string(e.span.last_line) : ""});
    }
    for (const Diagnostic& d : plan.diagnostics) {
      diags += Row({id, d.code, SeverityName(d.severity), d.message, d.span.Describe()});
    }
    const Approval* a = plan.approval ? &*plan.approval : nullptr;
    std::string document = Row({id, source.path, source.format, source.encoding, source.sha256,
                                std::to_string(source.size_bytes), PlanKindName(plan.kind), plan.title.text,
                                plan.period ? plan.period->Start() : "", plan.period ? plan.period->End() : "",
                                a ? a->order_number : "", a ? a->order_date : "",
                                std::to_string(plan.goals.size()), std::to_string(plan.tasks.size()),
                                std::to_string(plan.events.size())});
    for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string*>>{
             {"goals", &goals}, {"tasks", &tasks}, {"events", &events}, {"diagnostics", &diags},
             {"documents", &document}}) {
      if (bytes->empty()) continue;
      Status st = files_[name].Append(*bytes);
      if (!st.ok()) return st;
    }
    return Status::Ok();
  }

  Status WriteFailure(const std::string& path, const std::string& reason) override {
    const std::string row = Row({path, reason});
    if (failures_.count(row) > 0) return Status::Ok();  // recorded by an earlier run
    return files_["failures"].Append(row);
  }

  Status Finish() override {
    for (auto& [name, file] : files_) {
      Status st = file.Close();
      if (!st.ok()) return st;
    }
    return Status::Ok();
  }

 private:
  // RFC 4180 quoting; a leading = + - @ is guarded against formula injection (CWE-1236).
  std::string Field(std::string value) const {
    if (!value.empty() && std::string("=+-@\t\r").find(value[0]) != std::string::npos) value = "'" + value;
    bool quote = value.find_first_of(std::string("\"\r\n") + sep_) != std::string::npos;
    if (!quote) return value;
    std::string out = "\"";
    for (char c : value) {
      if (c == '"') out += '"';
      out += c;
    }
    return out + "\"";
  }
  std::string Row(const std::vector<std::string>& values) const {
    std::string out;
    for (size_t i = 0; i < values.size(); ++i) {
      if (i) out += sep_;
      out += Field(values[i]);
    }
    return out + "\r\n";
  }
  // The first `n` fields of a CSV line written by Row (values there hold no newlines).
  std::vector<std::string> SplitFirstFields(const std::string& line, size_t n) const {
    std::vector<std::string> out;
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < line.size() && out.size() < n; ++i) {
      char c = line[i];
      if (quoted) {
        if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') { field += '"'; ++i; }
        else if (c == '"') quoted = false;
        else field += c;
      } else if (c == '"') {
        quoted = true;
      } else if (c == sep_) {
        out.push_back(field);
        field.clear();
      } else if (c != '\r') {
        field += c;
      }
    }
    if (out.size() < n) out.push_back(field);
    return out;
  }
  // Rows whose document never got its documents.csv row (an interrupted run) are removed.
  Status DropOrphans(const fs::path& path, const std::set<std::string>& complete) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    std::string content = s.str(), kept, line;
    size_t start = 0;
    bool changed = false, header = true;
    while (start < content.size()) {
      size_t end = content.find('\n', start);
      if (end == std::string::npos) { changed = true; break; }  // a partial last line
      line = content.substr(start, end - start + 1);
      start = end + 1;
      if (header) { kept += line; header = false; continue; }
      std::vector<std::string> f = SplitFirstFields(line, 2);
      std::string id = path.filename() == "events.csv" ? (f.size() > 1 ? f[1] : "") : f[0];
      if (complete.count(id)) kept += line;
      else changed = true;
    }
    return changed ? WriteFileAtomically(path, kept) : Status::Ok();
  }
  char sep_;
  bool bom_;
  fs::path dir_;
  std::map<std::string, AppendFile> files_;
  std::set<std::string> stored_;
  std::set<std::string> stored_paths_;  // the paths among them
  std::set<std::string> failures_;  // failure rows already in failures.csv, "\r\n" included
};

// ---- sqlite:FILE ------------------------------------------------------------------------

const char* kSchema = R"sql(
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT,
  size_bytes INTEGER,
  kind TEXT NOT NULL,
  title TEXT,
  period_start TEXT,
  period_end TEXT,
  approval_order_number TEXT,
  approval_order_date TEXT,
  organisations TEXT,
  extracted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE IF NOT EXISTS goals (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (document_id, position));
CREATE TABLE IF NOT EXISTS tasks (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (document_id, position));
CREATE TABLE IF NOT EXISTS sections (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, number TEXT, title TEXT NOT NULL, level INTEGER NOT NULL,
  PRIMARY KEY (document_id, position));
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number TEXT, section TEXT, title TEXT NOT NULL,
  timing_raw TEXT, timing_start TEXT, timing_end TEXT, timing_kind TEXT, recurrence TEXT,
  form TEXT, audience TEXT, result TEXT, place TEXT, note TEXT,
  confidence REAL, first_line INTEGER, last_line INTEGER);
CREATE TABLE IF NOT EXISTS event_responsible (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (event_id, position));
CREATE TABLE IF NOT EXISTS people (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL, role TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS diagnostics (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, place TEXT);
CREATE TABLE IF NOT EXISTS failures (
  path TEXT PRIMARY KEY, reason TEXT NOT NULL,
  failed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE INDEX IF NOT EXISTS events_by_period ON events(timing_start, timing_end);
CREATE INDEX IF NOT EXISTS events_by_document ON events(document_id);
CREATE INDEX IF NOT EXISTS responsible_by_name ON event_responsible(name);
CREATE INDEX IF NOT EXISTS documents_by_period ON documents(period_start, period_end);
CREATE INDEX IF NOT EXISTS documents_by_organisations ON documents(organisations);
PRAGMA user_version = 1;
)sql";

class SqliteWriter : public PlanWriter {
 public:
  ~SqliteWriter() override {
    FinalizeStatements();
    if (db_ != nullptr) sqlite3_close(db_);
  }
  Status Open(const std::string& path, const WriterOptions& options) {
    path_ = path;
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
      return Error("не удаётся открыть базу");
    }
    sqlite3_busy_timeout(db_, options.sqlite_busy_timeout_ms);
    int version = 0;
    if (!Query("PRAGMA user_version", &version)) return Error("файл не является базой SQLite");
    if (version > 1) return Status::Unsupported(path + ": база создана более новой версией planparse (user_version " + std::to_string(version) + ")");
    if (sqlite3_exec(db_, "PRAGMA journal_mode = WAL;", nullptr, nullptr, nullptr) != SQLITE_OK) return Error("не удаётся включить WAL");
    if (sqlite3_exec(db_, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK) return Error("не удаётся создать таблицы");
    return Status::Ok();
  }
  bool MayHaveStored(const std::string& path) override {
    sqlite3_stmt* st = Prepare("SELECT 1 FROM documents WHERE path = ?");
    if (st == nullptr) return true;
    Bind(st, 1, path);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return found;
  }
  bool AlreadyStored(const SourceInfo& source) override {
    sqlite3_stmt* st = Prepare("SELECT 1 FROM documents WHERE path = ? AND sha256 = ?");
    if (st == nullptr) return false;
    Bind(st, 1, source.path);
    Bind(st, 2, source.sha256);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return found;
  }
  Status Write(const Plan& plan, const SourceInfo& source) override {
    // One immediate transaction per document: readers never see half of it.
    if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) return Error("база занята другой программой");
    Status st = Insert(plan, source);
    if (!st.ok()) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return st;
    }
    if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return Error("не удаётся сохранить документ");
    return Status::Ok();
  }
  Status WriteFailure(const std::string& path, const std::string& reason) override {
    sqlite3_stmt* st = Prepare("INSERT OR REPLACE INTO failures(path, reason) VALUES (?, ?)");
    if (st == nullptr) return Error("не удаётся записать сбой");
    Bind(st, 1, path);
    Bind(st, 2, reason);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? Status::Ok() : Error("не удаётся записать сбой");
  }
  Status Finish() override {
    if (db_ == nullptr) return Status::Ok();
    FinalizeStatements();
    sqlite3_exec(db_, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    int rc = sqlite3_close(db_);
    db_ = nullptr;
    return rc == SQLITE_OK ? Status::Ok() : Status::IoError(path_ + ": не удаётся закрыть базу");
  }

 private:
  Status Error(const std::string& what) {
    std::string detail = db_ != nullptr ? sqlite3_errmsg(db_) : "";
    return Status::IoError(path_ + ": " + what + (detail.empty() ? "" : " (" + detail + ")"));
  }
  sqlite3_stmt* Prepare(const char* sql) {
    sqlite3_stmt* st = nullptr;
    return sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) == SQLITE_OK ? st : nullptr;
  }
  static void Bind(sqlite3_stmt* st, int i, const std::string& v, bool null_if_empty = false) {
    if (null_if_empty && v.empty()) sqlite3_bind_null(st, i);
    else sqlite3_bind_text(st, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  bool Query(const char* sql, int* out) {
    sqlite3_stmt* st = Prepare(sql);
    if (st == nullptr) return false;
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    if (ok) *out = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return ok;
  }
  // Runs one statement with text parameters ("" binds NULL). `sql` is a string literal:
  // each is prepared once and kept, since parsing the SQL again for every event row cost
  // more than inserting it.
  bool Exec(const char* sql, const std::vector<std::string>& params, sqlite3_int64* row_id = nullptr) {
    sqlite3_stmt*& st = statements_[sql];
    if (st == nullptr && (st = Prepare(sql)) == nullptr) return false;
    for (size_t i = 0; i < params.size(); ++i) Bind(st, static_cast<int>(i + 1), params[i], true);
    bool ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (ok && row_id != nullptr) *row_id = sqlite3_last_insert_rowid(db_);
    return ok;
  }
  void FinalizeStatements() {
    for (auto& [sql, st] : statements_) sqlite3_finalize(st);
    statements_.clear();
  }
  Status Insert(const Plan& plan, const SourceInfo& source) {
    // A changed file replaces its rows (ON DELETE CASCADE removes the rest).
    if (!Exec("DELETE FROM documents WHERE path = ?", {source.path})) return Error("не удаётся заменить документ");
    Exec("DELETE FROM failures WHERE path = ?", {source.path});
    std::string organisations;
    for (const std::string& o : plan.organisations) organisations += (organisations.empty() ? "" : "; ") + o;
    const Approval* a = plan.approval ? &*plan.approval : nullptr;
    sqlite3_int64 doc_id = 0;
    if (!Exec("INSERT INTO documents(path, sha256, format, encoding, size_bytes, kind, title, period_start, "
              "period_end, approval_order_number, approval_order_date, organisations) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {source.path, source.sha256, source.format, source.encoding, std::to_string(source.size_bytes),
               PlanKindName(plan.kind), plan.title.text, plan.period ? plan.period->Start() : "",
               plan.period ? plan.period->End() : "", a ? a->order_number : "", a ? a->order_date : "",
               organisations},
              &doc_id)) {
      return Error("не удаётся записать документ");
    }
    const std::string id = std::to_string(doc_id);
    for (size_t i = 0; i < plan.goals.size(); ++i) {
      if (!Exec("INSERT INTO goals VALUES (?, ?, ?)", {id, std::to_string(i + 1), plan.goals[i].text})) return Error("goals");
    }
    for (size_t i = 0; i < plan.tasks.size(); ++i) {
      if (!Exec("INSERT INTO tasks VALUES (?, ?, ?)", {id, std::to_string(i + 1), plan.tasks[i].text})) return Error("tasks");
    }
    for (size_t i = 0; i < plan.sections.size(); ++i) {
      const Section& s = plan.sections[i];
      if (!Exec("INSERT INTO sections VALUES (?, ?, ?, ?, ?)",
                {id, std::to_string(i + 1), s.number, s.title, std::to_string(s.level)})) return Error("sections");
    }
    for (size_t i = 0; i < plan.events.size(); ++i) {
      const Event& e = plan.events[i];
      sqlite3_int64 event_id = 0;
      if (!Exec("INSERT INTO events(document_id, position, number, section, title, timing_raw, timing_start, "
                "timing_end, timing_kind, recurrence, form, audience, result, place, note, confidence, "
                "first_line, last_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {id, std::to_string(i + 1), e.number, e.section, e.title, e.timing.raw, e.timing.start,
                 e.timing.end, e.timing.raw.empty() ? "" : TimingKindName(e.timing.kind),
                 RecurrenceName(e.timing.recurrence), e.form, e.audience, e.result, e.place, e.note,
                 std::to_string(e.confidence), e.span.first_line > 0 ? std::to_string(e.span.first_line) : "",
                 e.span.last_line > 0 ? std::to_string(e.span.last_line) : ""},
                &event_id)) {
        return Error("events");
      }
      for (size_t r = 0; r < e.responsible.size(); ++r) {
        if (!Exec("INSERT INTO event_responsible VALUES (?, ?, ?)",
                  {std::to_string(event_id), std::to_string(r + 1), e.responsible[r]})) return Error("event_responsible");
      }
    }
    for (const Person& p : plan.people) {
      if (!Exec("INSERT INTO people VALUES (?, ?, ?)", {id, p.name, p.role})) return Error("people");
    }
    for (const Diagnostic& d : plan.diagnostics) {
      if (!Exec("INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?)",
                {id, d.code, SeverityName(d.severity), d.message, d.span.Describe()})) return Error("diagnostics");
    }
    return Status::Ok();
  }
  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<std::string_view, sqlite3_stmt*> statements_;  // by SQL text
};

}  // namespace

Result<std::unique_ptr<PlanWriter>> OpenPlanWriter(const std::string& spec, const WriterOptions& options) {
  size_t colon = spec.find(':');
  if (colon == std::string::npos || colon + 1 >= spec.size()) {
    return Status::InvalidArgument("--to ожидает json:DIR, jsonl:FILE, csv:DIR или sqlite:FILE, а не «" + spec + "»");
  }
  const std::string kind = spec.substr(0, colon), target = spec.substr(colon + 1);
  auto make_dir = [&]() -> Status {
    std::error_code ec;
    fs::create_directories(target, ec);
    if (ec || !fs::is_directory(target)) return Status::IoError(target + ": не удаётся создать каталог");
    return Status::Ok();
  };
  if (kind == "json") {
    Status st = make_dir();
    if (!st.ok()) return st;
    return std::unique_ptr<PlanWriter>(new JsonDirWriter(target));
  }
  if (kind == "jsonl") {
    auto w = std::make_unique<JsonlWriter>();
    Status st = w->Open(target);
    if (!st.ok()) return st;
    return std::unique_ptr<PlanWriter>(std::move(w));
  }
  if (kind == "csv") {
    Status st = make_dir();
    if (!st.ok()) return st;
    auto w = std::make_unique<CsvWriter>(options);
    st = w->Open(target);
    if (!st.ok()) return st;
    return std::unique_ptr<PlanWriter>(std::move(w));
  }
  if (kind == "sqlite") {
    auto w = std::make_unique<SqliteWriter>();
    Status st = w->Open(target, options);
    if (!st.ok()) return st;
    return std::unique_ptr<PlanWriter>(std::move(w));
  }
  return Status::InvalidArgument("неизвестный формат вывода «" + kind + "»: json, jsonl, csv или sqlite");
}

}  // namespace planparse
