// Whether a text uses only a literal's tokens: numbers, brackets and parentheses, commas, signs
// and the words a literal may hold (nan, inf...; not True or False, which only programs read), with
// no call, index, attribute, operator between values or second statement. The program reader could
// only build the same list from such a text, so when the literal reader refuses it, its message
// stands (read_program) and the page's first-paint core, which has no program reader, gives it too
// (numpy/literal_only_reader.cpp): a literal typed unfinished or wrong is answered at once.
#include "numpy/program/program.h"
#include "numpy/program/tokens.h"
#include "numpy/scalar_names.h"

namespace act {

bool only_literal_tokens(std::string_view text) {
  using program::Tok;
  program::TokenStream s(text);
  Tok prev = Tok::End;  // End: the start of the text
  int depth = 0;
  for (;;) {
    const program::Token t = s.next();
    const std::string_view word = text.substr(t.pos, t.end - t.pos);
    const bool after_value =
        prev == Tok::Number || prev == Tok::Name || prev == Tok::RBracket || prev == Tok::RParen;
    switch (t.kind) {
      case Tok::End:
        return true;
      case Tok::Number:
        break;
      case Tok::Name: {
        double ignored = 0;
        if (!numpy_detail::scalar_name_value(word, ignored)) return false;
        break;
      }
      case Tok::LBracket:
      case Tok::LParen:
        if (after_value) return false;  // an index or a call
        ++depth;
        break;
      case Tok::RBracket:
      case Tok::RParen:
        --depth;
        break;
      case Tok::Comma:
        break;
      case Tok::Plus:
      case Tok::Minus:
        if (after_value) return false;  // arithmetic between values
        break;
      case Tok::Newline:
        if (depth <= 0) return false;  // a second statement
        break;
      default:
        return false;
    }
    prev = t.kind;
  }
}

}  // namespace act
