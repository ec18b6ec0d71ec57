#pragma once

#include "common/Error.h"

namespace wk {

// The Io troubles a person can act on, told apart so the UI can name them: the disk is full, the file is damaged,
// a newer Watchkeeper wrote it. Read from the detail (SQLite's and the system's words, and the stores' own).
enum class IoProblem {
    Other,
    DiskFull,
    Damaged,
    Newer,
};

IoProblem ioProblemOf(const Error& error);

} // namespace wk
