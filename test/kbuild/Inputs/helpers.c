/*
 * Like the kernel's rust/helpers/helpers.c: a .c input whose exported
 * rust_helper_* definitions wrap static inline functions and macros.
 */
#include "included.h"

/* Used only inside function bodies: with bodies skipped they look unused. */
static struct page *first_page(struct page *p)
{
	return p;
}

static int first_page_calls;

__attribute__((noreturn)) void rust_helper_BUG(void)
{
	__builtin_trap();
}

struct page *rust_helper_first_page(struct page *p)
{
	first_page_calls++;
	return first_page(p);
}

int not_a_helper(void);
