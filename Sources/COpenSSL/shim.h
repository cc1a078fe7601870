#ifndef SANA_COPENSSL_SHIM_H
#define SANA_COPENSSL_SHIM_H

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/err.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/core_names.h>
#include <openssl/params.h>

/* Macros and variadic functions Swift cannot import. */

static inline EVP_PKEY *sana_ed25519_keygen(void) {
    return EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
}

static inline void sana_openssl_free(void *ptr) {
    OPENSSL_free(ptr);
}

static inline int sana_evp_pkey_ed25519(void) {
    return EVP_PKEY_ED25519;
}

/* The text of the most recent OpenSSL error on this thread (empty when none), and clears the queue. */
static inline void sana_openssl_last_error(char *buffer, size_t length) {
    unsigned long code = ERR_peek_last_error();
    if (code == 0) {
        if (length > 0) buffer[0] = 0;
    } else {
        ERR_error_string_n(code, buffer, length);
    }
    ERR_clear_error();
}

#endif
