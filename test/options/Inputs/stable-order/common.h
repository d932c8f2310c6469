#ifndef STABLE_ORDER_COMMON_H
#define STABLE_ORDER_COMMON_H
/* Each expansion declares an anonymous struct of the same content. */
#define ANON_COUNTER(name) struct { int count; } name
typedef unsigned long so_size_t;
#endif
