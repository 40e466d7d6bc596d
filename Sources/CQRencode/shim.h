/* CQRencode: Debian's libqrencode headers (libqrencode-dev), for TiwiziGraphics' QR codes.
 *
 * Nothing to wrap: QRcode_encodeData, QRcode_free and the QRcode struct import into Swift as
 * they are. Debian builds the library with pthread, so encoding is thread-safe. */
#ifndef CQRENCODE_SHIM_H
#define CQRENCODE_SHIM_H

#include <qrencode.h>

#endif
