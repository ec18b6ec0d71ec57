// Linked into every fuzz target: what runs once before the first input.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wk::fuzz::quietLogs();
    return 0;
}
