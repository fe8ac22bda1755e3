/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 (Debian 12) lacks.
 *
 * Rust's standard library imports ProcessPrng from it for random numbers (HashMap seeds), so
 * without it every Rust program exits at start under Wine. Real Windows 10/11 has the DLL; this
 * shim only ever goes into the test Wine prefix (tests/src/wine.rs), never into what ships.
 * It fills the buffer from RtlGenRandom (advapi32's SystemFunction036), which Wine implements.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
