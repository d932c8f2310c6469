enum { B_ONLY = 7 };
struct { long long z; } b_global;
struct { long long z; } b_twin;
typedef enum { B_TYPED } b_typed_t;
