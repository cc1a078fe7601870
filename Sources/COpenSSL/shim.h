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

#endif
