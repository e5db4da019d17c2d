/**
 * FreeRDP's error classes (MAKE_FREERDP_ERROR in error.h): the high 16 bits of a code a FreeRDP-based client logs.
 * Apart from the code tables so the decoder, which runs in the browser, can read them without the tables and their
 * sources.
 */
/** FreeRDP's CONNECT error class (FREERDP_ERROR_CONNECT_CLASS): `[0x0002xxxx]` is ERRCONNECT_* number xxxx. */
export const FREERDP_CONNECT_CLASS = 0x20000;
/** FreeRDP's ERRINFO class (FREERDP_ERROR_ERRINFO_CLASS): `[0x0001xxxx]` wraps server error info 0xxxxx. */
export const FREERDP_ERRINFO_CLASS = 0x10000;
