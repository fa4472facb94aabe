// SPDX-License-Identifier: MIT
#include "io/mapping/TextDecoding.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iconv.h>
#include <memory>
#include <vector>

namespace streamlens::io::mapping {

namespace {

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - ('a' - 'A'));
    return out;
}

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

} // namespace

bool isUtf8Name(std::string_view encoding)
{
    const std::string e = upper(encoding);
    return e.empty() || e == "UTF-8" || e == "UTF8";
}

std::string effectiveEncoding(const std::string& path, const std::string& chosen)
{
    File file(std::fopen(path.c_str(), "rb"), &std::fclose);
    unsigned char bom[4] = {0, 0, 0, 0};
    const size_t n = file ? std::fread(bom, 1, 4, file.get()) : 0;
    if (n >= 4 && bom[0] == 0xFF && bom[1] == 0xFE && bom[2] == 0 && bom[3] == 0)
        return "UTF-32LE";
    if (n >= 4 && bom[0] == 0 && bom[1] == 0 && bom[2] == 0xFE && bom[3] == 0xFF)
        return "UTF-32BE";
    if (n >= 2 && bom[0] == 0xFF && bom[1] == 0xFE)
        return "UTF-16LE";
    if (n >= 2 && bom[0] == 0xFE && bom[1] == 0xFF)
        return "UTF-16BE";
    return chosen.empty() ? std::string("UTF-8") : chosen;
}

bool decodeToUtf8(const std::string& path, const std::string& encoding, const std::string& outPath,
                  std::string& error, uint64_t maxBytes,
                  const std::function<bool(uint64_t)>& progress)
{
    iconv_t cd = iconv_open("UTF-8", upper(encoding).c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        error = "unknown text encoding \"" + encoding + "\"";
        return false;
    }
    const std::unique_ptr<void, int (*)(iconv_t)> closer(cd, &iconv_close);
    File in(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!in) {
        error = "cannot read " + path + ": " + std::strerror(errno);
        return false;
    }
    File out(std::fopen(outPath.c_str(), "wb"), &std::fclose);
    if (!out) {
        error = "cannot write " + outPath + ": " + std::strerror(errno);
        return false;
    }
    constexpr size_t kChunk = size_t(1) << 20;
    std::vector<char> input(kChunk + 16), output(kChunk * 4 + 64);
    size_t carried = 0; // bytes of an incomplete character from the previous chunk
    uint64_t done = 0;
    int64_t lines = 1;
    while (true) {
        const size_t got = std::fread(input.data() + carried, 1, kChunk, in.get());
        if (got == 0 && std::ferror(in.get())) {
            error = "cannot read " + path + ": " + std::strerror(errno);
            return false;
        }
        const bool eof = got == 0;
        char* inPtr = input.data();
        size_t inLeft = carried + got;
        while (inLeft > 0) {
            char* outPtr = output.data();
            size_t outLeft = output.size();
            const size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
            const size_t produced = output.size() - outLeft;
            for (size_t i = 0; i < produced; ++i)
                lines += output[i] == '\n';
            if (produced && std::fwrite(output.data(), 1, produced, out.get()) != produced) {
                error = "cannot write " + outPath + ": " + std::strerror(errno);
                return false;
            }
            if (r != size_t(-1))
                break;
            if (errno == E2BIG)
                continue;
            if (errno == EILSEQ) {
                char byte[8];
                std::snprintf(byte, sizeof byte, "0x%02X", unsigned(uint8_t(*inPtr)));
                error = path + ":" + std::to_string(lines) + ": byte " + byte + " is not valid " +
                        encoding + " text (is the encoding right?)";
                return false;
            }
            if (errno == EINVAL) // an incomplete character: carry it into the next chunk
                break;
            error = path + ": cannot convert from " + encoding + ": " + std::strerror(errno);
            return false;
        }
        if (eof) {
            if (inLeft > 0) {
                error = path + ":" + std::to_string(lines) + ": the file ends in the middle of a " +
                        encoding + " character";
                return false;
            }
            break;
        }
        std::memmove(input.data(), inPtr, inLeft);
        carried = inLeft;
        done += got;
        if (progress && !progress(done)) {
            error = "cancelled";
            return false;
        }
        if (maxBytes > 0 && done >= maxBytes)
            break;
    }
    if (std::fflush(out.get()) != 0) {
        error = "cannot write " + outPath + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace streamlens::io::mapping
