# Save a .docx again as a password-protected .docx with LibreOffice, through its UNO bridge: the
# way tests/word-files/000-password.docx was made (tests/word-files.test.ts says when and how).
#
#   /usr/bin/python3 tests/word-files/encrypt.py IN.docx OUT.docx PASSWORD
#
# Needs LibreOffice Writer and python3-uno (Debian: apt-get install libreoffice-writer python3-uno);
# the tests do not. It starts its own headless soffice, with a profile of its own, and stops it.
# LibreOffice 7.4 writes ECMA-376 "Standard" encryption (AES-128, as Word 2007 does) when the
# media descriptor's EncryptionData holds OOXPassword; its "Agile" (Word 2010 on) it cannot write.
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue

PORT = 2083


def prop(name, value):
    return PropertyValue(name, 0, value, 0)


def named(name, value):
    v = NamedValue()
    v.Name = name
    v.Value = value
    return v


def main(source, target, password):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--norestore", "--nologo",
        "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
        "--accept=socket,host=127.0.0.1,port=%d;urp;" % PORT,
    ])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                context = resolver.resolve("uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % PORT)
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("soffice did not answer")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
        encryption = uno.Any("[]com.sun.star.beans.NamedValue", (named("OOXPassword", password), named("CryptoType", "Standard")))
        arguments = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("FilterName", "MS Word 2007 XML"), prop("EncryptionData", encryption)))
        uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(os.path.abspath(target)), arguments))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as soffice quits
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.terminate()
            office.wait()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit("usage: encrypt.py IN.docx OUT.docx PASSWORD")
    main(*sys.argv[1:])
