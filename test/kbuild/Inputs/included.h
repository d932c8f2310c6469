/* A header included by the kbuild tests' inputs. */
struct page {
	unsigned long flags;
};
typedef unsigned int gfp_t;
