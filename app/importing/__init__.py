"""Evidence import: emails (.eml, .mbox), Outlook .msg, images, helpdesk CSV exports, pasted
text and any other file, each read leniently and logged as contacts with the originals kept.

One module per source; `batch.py` runs many files, one transaction per message.
"""
