// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace streamlens::stats {

// A value or a human-readable reason why there is none. Statistics answer bad input
// (too few observations, zero variance, separation …) with a message, never with NaN.
template <class T> class Expected {
public:
    Expected(T value)
        : m_value(std::move(value))
    {
    }

    static Expected failure(std::string message)
    {
        Expected e;
        e.m_error = std::move(message);
        return e;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        check();
        return *m_value;
    }
    T& value() &
    {
        check();
        return *m_value;
    }
    // On a temporary the value is moved out, so `for (x : f().value())` never dangles.
    T value() &&
    {
        check();
        return std::move(*m_value);
    }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }

    // Empty when ok().
    const std::string& error() const { return m_error; }

private:
    Expected() = default;

    void check() const
    {
        if (!m_value)
            throw std::logic_error("stats::Expected::value() on a failure: " + m_error);
    }

    std::optional<T> m_value;
    std::string m_error;
};

} // namespace streamlens::stats
