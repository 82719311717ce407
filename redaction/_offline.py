"""Environment settings that must be in place before Presidio, tldextract or
transformers are imported: nothing in this product may reach the network."""
import os

# tldextract (pulled in by Presidio's URL/e-mail recognizers) fetches the public
# suffix list unless its URL list is empty.
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
