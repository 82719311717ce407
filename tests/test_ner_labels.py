"""BIO targets for training and their decoding back to character spans."""
from redaction.ner.labels import BIO_LABELS, IGNORE, bio_targets, decode

TEXT = "Hi Anna Berg, ship to Hauptstraße 5, Berlin"
# word pieces as a tokenizer would give them: (start, end)
OFFSETS = [(0, 0), (0, 2), (3, 7), (8, 12), (12, 13), (14, 18), (19, 21), (22, 26), (26, 33), (34, 35),
           (35, 36), (37, 43), (0, 0)]
SPANS = [[3, 12, "PERSON"], [22, 43, "STREET_ADDRESS"]]


def rows(*names, p=0.9):
    """Probability rows whose likeliest tag is each name (p on it, the rest spread)."""
    out = []
    for name in names:
        row = [(1 - p) / (len(BIO_LABELS) - 1)] * len(BIO_LABELS)
        row[BIO_LABELS.index(name)] = p
        out.append(row)
    return out


HALF = {label: 0.5 for label in ("PERSON", "STREET_ADDRESS", "LOCATION", "ORGANIZATION", "TITLE")}


def test_bio_targets_mark_first_and_inner_pieces():
    targets = bio_targets(OFFSETS, SPANS)
    assert targets[0] == IGNORE and targets[-1] == IGNORE
    assert [BIO_LABELS[t] for t in targets[1:-1]] == [
        "O", "B-PERSON", "I-PERSON", "O", "O", "O",
        "B-STREET_ADDRESS", "I-STREET_ADDRESS", "I-STREET_ADDRESS", "I-STREET_ADDRESS", "I-STREET_ADDRESS"]


def test_decode_gives_back_the_spans():
    targets = [BIO_LABELS[t if t != IGNORE else 0] for t in bio_targets(OFFSETS, SPANS)]
    spans = decode(TEXT, OFFSETS, rows(*targets), HALF)
    assert [(label, TEXT[s:e]) for label, s, e, _ in spans] == [
        ("PERSON", "Anna Berg"), ("STREET_ADDRESS", "Hauptstraße 5, Berlin")]
    assert all(abs(score - (0.9 + 0.1 / 10)) < 1e-6 for *_, score in spans)  # B- plus I- probability (float32)


def test_decode_widens_a_tagged_word_piece_to_its_word_and_never_joins_across_o():
    offsets = [(0, 3), (3, 6), (7, 11), (12, 16)]   # "Gel" "enc" "went" "Berg"
    text = "Gelenc went Berg"
    spans = decode(text, offsets, rows("O", "B-PERSON", "O", "I-PERSON"), HALF)
    assert [(label, text[s:e]) for label, s, e, _ in spans] == [("PERSON", "Gelenc"), ("PERSON", "Berg")]


def test_a_word_whose_likeliest_tag_is_o_is_kept_when_its_label_is_likely_enough():
    text = "thanks Jensen"
    offsets = [(0, 6), (7, 13)]
    unsure = [0.0] * len(BIO_LABELS)
    unsure[BIO_LABELS.index("O")], unsure[BIO_LABELS.index("B-PERSON")] = 0.55, 0.25
    unsure[BIO_LABELS.index("I-PERSON")], unsure[BIO_LABELS.index("B-TITLE")] = 0.15, 0.05
    probs = rows("O") + [unsure]
    assert [(label, text[s:e]) for label, s, e, _ in decode(text, offsets, probs, HALF | {"PERSON": 0.35})] == [
        ("PERSON", "Jensen")]  # 40% a name: masked at a 0.35 threshold
    assert decode(text, offsets, probs, HALF) == []  # not at 0.5
