// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace streamlens::store {

// Thrown inside the store implementation; SqliteStore's public methods catch it and hand
// the message back through their std::string* error, so callers never see exceptions.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const std::string& message)
        : std::runtime_error(message)
    {
    }
};

// A progress callback asked to stop: the transaction is rolled back, nothing changed.
class StoreCancelled : public StoreError {
public:
    StoreCancelled()
        : StoreError("cancelled")
    {
    }
};

} // namespace streamlens::store
