/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The x86 records rust/bindgen_parameters makes opaque only for bindgen's
 * sake and that bindings_helper.h does not reach on x86_64 defconfig:
 * x86_msi_data and x86_msi_addr_lo (asm/msi.h). asm/apicdef.h is included
 * for local_apic, which Linux 6.12 no longer defines. Parsed by
 * scripts/kernel-layout-check.py --without-layout-opaque with Kbuild's
 * flags for bindings_helper.h.
 */
#include <linux/types.h> /* first: the asm headers use its types */

#include <asm/apicdef.h>
#include <asm/msi.h>
