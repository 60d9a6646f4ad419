// JsonStream writes what nlohmann's dump writes for the same values, in both layouts.
#include "exporters/json_stream.h"

#include <gtest/gtest.h>

#include "exporters/json_values.h"

namespace planparse {
namespace {

TEST(JsonStream, SameBytesAsNlohmannDump) {
  const std::vector<std::string> strings = {
      "", "План «МО» — 2025", "кавычка \" и \\ обратная черта", "\b\f\n\r\t", std::string("\x01\x1f\x7f", 3),
      "нулевой\0байт", "\xD0", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "ok\xE2\x80", "\xF0\x9F\x98\x80"};
  for (bool pretty : {true, false}) {
    Json tree = Json::object();
    std::string streamed;
    JsonStream j(&streamed, pretty, 0);
    j.BeginObject();
    for (size_t i = 0; i < strings.size(); ++i) {
      tree["s" + std::to_string(i)] = strings[i];
      j.Key("s" + std::to_string(i));
      j.String(strings[i]);
    }
    for (size_t i = 0; i < strings.size(); ++i) {  // the same texts as keys
      tree[std::to_string(i) + strings[i]] = static_cast<int>(i);
      j.Key(std::to_string(i) + strings[i]);
      j.Int(static_cast<long long>(i));
    }
    tree["empty_array"] = Json::array();
    j.Key("empty_array");
    j.BeginArray();
    j.EndArray();
    tree["empty_object"] = Json::object();
    j.Key("empty_object");
    j.BeginObject();
    j.EndObject();
    tree["nested"] = {{"a", Json::array({1, 2, -7, 0, 9007199254740993LL, -9223372036854775807LL - 1})},
                      {"b", nullptr}, {"c", false}, {"d", 0.53}, {"e", 1.0}};
    j.Key("nested");
    j.BeginObject();
    j.Key("a");
    j.BeginArray();
    j.Int(1);
    j.Int(2);
    j.Int(-7);
    j.Int(0);
    j.Int(9007199254740993LL);
    j.Int(-9223372036854775807LL - 1);
    j.EndArray();
    j.Key("b");
    j.Null();
    j.Key("c");
    j.Bool(false);
    j.Key("d");
    j.Double(0.53);
    j.Key("e");
    j.Double(1.0);
    j.EndObject();
    j.EndObject();
    EXPECT_EQ(streamed, tree.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace))
        << (pretty ? "pretty" : "compact");
  }
}

}  // namespace
}  // namespace planparse
