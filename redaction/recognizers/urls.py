"""URLs that carry a personal identifier: a profile on a social or
portfolio site (linkedin.com/in/jane-doe, github.com/jdoe, wa.me/491701234567)
or a query parameter that names a person (?email=..., ?user=...). A URL of a
company's page stays: it names no one."""
from .base import GroupPatternRecognizer

_PROFILE_HOSTS = (
    r"(?:linkedin\.com/(?:in|pub)/|(?:www\.)?(?:facebook|fb|instagram|twitter|x|github|gitlab|behance|dribbble|pinterest"
    r"|soundcloud|vimeo|flickr|tumblr|threads)\.(?:com|net)/(?!(?:about|help|login|share|sharer|home|explore|settings"
    r"|privacy|legal|terms|search|watch|p|reel|hashtag|events|groups|pages|company|jobs|features|pricing|topics)\b)"
    r"|(?:medium|tiktok|youtube)\.com/@|youtube\.com/(?:c|user|channel)/|xing\.com/profile/|t\.me/|wa\.me/|calendly\.com/"
    r"|(?:www\.)?upwork\.com/freelancers/|(?:www\.)?fiverr\.com/)"
)
_PERSONAL_PARAM = r"(?:e-?mail|mail|user(?:name)?|uid|user_id|name|first_?name|last_?name|phone|customer(?:_id)?|member(?:_id)?)"

_PATTERNS = [
    rf"(?i)\b(?:https?://)?(?:www\.|[a-z]{{2}}\.)?{_PROFILE_HOSTS}[\w.%@+-]{{2,}}(?:/[\w.%@+-]*)*",
    rf"(?i)\bhttps?://[^\s<>\"']+?[?&]{_PERSONAL_PARAM}=[^\s<>\"'&]+(?:&[^\s<>\"']*)?",
]


def personal_urls() -> GroupPatternRecognizer:
    return GroupPatternRecognizer("PERSONAL_URL", _PATTERNS, score=0.9, name="PersonalUrlRecognizer")
