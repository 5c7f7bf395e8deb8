// A minimal JSON reader for the test corpora (no third-party JSON in C++).
// Test-only, header-only: objects, arrays, strings, numbers kept as text, literals.
#pragma once

#include <cstddef>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace act::testing {

struct Json {
  enum class Kind { Null, Bool, Number, String, Array, Object } kind = Kind::Null;
  std::string text;  // String value, or a Number/Bool literal as written
  std::vector<Json> items;
  std::map<std::string, Json> fields;

  const Json& operator[](const std::string& key) const {
    static const Json missing;
    const auto it = fields.find(key);
    return it == fields.end() ? missing : it->second;
  }
};

class JsonReader {
 public:
  explicit JsonReader(const std::string& s) : s_(s) {}

  bool read(Json& out, std::string& error) {
    if (!value(out, 0) || (space(), p_ != s_.size())) {
      error = "bad JSON near byte " + std::to_string(p_);
      return false;
    }
    return true;
  }

 private:
  void space() {
    while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\n' || s_[p_] == '\r' || s_[p_] == '\t'))
      ++p_;
  }
  bool eat(char c) {
    space();
    if (p_ < s_.size() && s_[p_] == c) {
      ++p_;
      return true;
    }
    return false;
  }
  static void put_utf8(std::string& o, unsigned cp) {
    if (cp < 0x80) {
      o += static_cast<char>(cp);
    } else if (cp < 0x800) {
      o += static_cast<char>(0xC0 | (cp >> 6));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      o += static_cast<char>(0xE0 | (cp >> 12));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      o += static_cast<char>(0xF0 | (cp >> 18));
      o += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  bool hex4(unsigned& v) {
    if (p_ + 4 > s_.size()) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[p_++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<unsigned>(c - 'A' + 10);
      else
        return false;
    }
    return true;
  }
  bool string(std::string& o) {
    if (!eat('"')) return false;
    while (p_ < s_.size() && s_[p_] != '"') {
      char c = s_[p_++];
      if (c != '\\') {
        o += c;
        continue;
      }
      if (p_ >= s_.size()) return false;
      c = s_[p_++];
      switch (c) {
        case 'n':
          o += '\n';
          break;
        case 't':
          o += '\t';
          break;
        case 'r':
          o += '\r';
          break;
        case 'b':
          o += '\b';
          break;
        case 'f':
          o += '\f';
          break;
        case 'u': {
          unsigned cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && p_ + 1 < s_.size() && s_[p_] == '\\' &&
              s_[p_ + 1] == 'u') {
            p_ += 2;
            unsigned lo = 0;
            if (!hex4(lo)) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          put_utf8(o, cp);
          break;
        }
        default:
          o += c;
          break;  // \" \\ \/
      }
    }
    return eat('"');
  }
  bool value(Json& v, int depth) {
    if (depth > 64) return false;
    space();
    if (p_ >= s_.size()) return false;
    const char c = s_[p_];
    if (c == '"') {
      v.kind = Json::Kind::String;
      return string(v.text);
    }
    if (c == '[') {
      ++p_;
      v.kind = Json::Kind::Array;
      if (eat(']')) return true;
      do {
        v.items.emplace_back();
        if (!value(v.items.back(), depth + 1)) return false;
      } while (eat(','));
      return eat(']');
    }
    if (c == '{') {
      ++p_;
      v.kind = Json::Kind::Object;
      if (eat('}')) return true;
      do {
        std::string key;
        if (!string(key) || !eat(':') || !value(v.fields[key], depth + 1)) return false;
      } while (eat(','));
      return eat('}');
    }
    const std::size_t start = p_;
    while (p_ < s_.size() && std::string(",]} \n\r\t").find(s_[p_]) == std::string::npos) ++p_;
    v.text = s_.substr(start, p_ - start);
    if (v.text == "null")
      v.kind = Json::Kind::Null;
    else if (v.text == "true" || v.text == "false")
      v.kind = Json::Kind::Bool;
    else
      v.kind = Json::Kind::Number;
    return !v.text.empty();
  }

  const std::string& s_;
  std::size_t p_ = 0;
};

// Reads and parses a whole JSON file; false, with `error` set, when it cannot.
inline bool load_json_file(const std::string& path, Json& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path;
    return false;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  return JsonReader(text).read(out, error);
}

}  // namespace act::testing
