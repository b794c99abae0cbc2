// Errors as values: every core operation that can fail returns a Result<T>.
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace parallax {

enum class ErrorCode
{
    NotFound,
    Constraint,
    Sql,
    Io,
    InvalidInput,
    Duplicate,
    TooLarge,
    Binary,
    Empty,
    Encoding,
    NewerSchema,
    Cancelled,
    LockLost, // the process no longer holds SQLite's locks on the library
    Stale,    // an undo step's rows were changed or removed by something outside it
    Damaged,  // the library file is corrupt; nothing is written to it
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, so `for (x : *store.list())` owns what it walks instead of dangling.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace parallax
