// Header function bodies that the text scan must pass over exactly, and ones
// it must leave to Clang. Each function is followed by a declaration that
// shows the parse resumed at the right place.
#define GREETING "}"
#define OPEN_BODY {
#define CLOSE_BODY }

static inline int braces_in_literals(void) {
  const char *s = "}}}{";
  char c = '}';
  char d = '\'';
  const char *e = "\"}";
  return s[0] + c + d + e[0];
}
struct after_literals { int a; };

static inline int braces_in_comments(void) {
  // } a line comment \
     continued }
  /* } a block
     comment } */
  return 0;
}
struct after_comments { int b; };

static inline int nested_blocks(int x) {
  if (x) { { x++; } } else { x--; }
  return ({ int y = x; y; });
}
struct after_nested { int c; };

static inline int balanced_conditionals(int x) {
#ifdef SOMETHING_UNDEFINED
  if (x) {
    x++;
  }
#elif 1
  { x--; }
#else
  x = 0;
#endif
  return x;
}
struct after_conditionals { int d; };

// Each branch opens a block the common part closes: not balanced per branch,
// so Clang skips this body token by token.
static inline int unbalanced_conditionals(int x) {
#ifdef SOMETHING_UNDEFINED
  if (x) {
#else
  if (!x) {
#endif
    x++;
  }
  return x;
}
struct after_unbalanced { int e; };

// A #define inside a body acts: it must be seen.
static inline int defines_inside(void) {
#define DEFINED_IN_A_BODY 42
  return DEFINED_IN_A_BODY;
}
struct after_define { int f; };

// A body that macros open and close.
static inline int macro_braces(void) OPEN_BODY return 1; CLOSE_BODY
struct after_macro_braces { int g; };

static inline const char *macro_string(void) { return GREETING; }
struct after_macro_string { int h; };

static inline void pragma_inside(void) {
  _Pragma("GCC diagnostic push")
  _Pragma("GCC diagnostic pop")
}
struct after_pragma { int i; };

static inline void empty_body(void) {}
int last_declaration(void);
