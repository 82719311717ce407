"""BIO targets for training and their decoding back to character spans."""
from redaction.ner.labels import BIO_LABELS, IGNORE, bio_targets, decode

TEXT = "Hi Anna Berg, ship to Hauptstraße 5, Berlin"
# word pieces as a tokenizer would give them: (start, end)
OFFSETS = [(0, 0), (0, 2), (3, 7), (8, 12), (12, 13), (14, 18), (19, 21), (22, 26), (26, 33), (34, 35),
           (35, 36), (37, 43), (0, 0)]
SPANS = [[3, 12, "PERSON"], [22, 43, "STREET_ADDRESS"]]


def tags(*names):
    return [BIO_LABELS.index(n) for n in names]


def test_bio_targets_mark_first_and_inner_pieces():
    targets = bio_targets(OFFSETS, SPANS)
    assert targets[0] == IGNORE and targets[-1] == IGNORE
    assert [BIO_LABELS[t] for t in targets[1:-1]] == [
        "O", "B-PERSON", "I-PERSON", "O", "O", "O",
        "B-STREET_ADDRESS", "I-STREET_ADDRESS", "I-STREET_ADDRESS", "I-STREET_ADDRESS", "I-STREET_ADDRESS"]


def test_decode_gives_back_the_spans():
    targets = [t if t != IGNORE else 0 for t in bio_targets(OFFSETS, SPANS)]
    spans = decode(TEXT, OFFSETS, targets, [0.9] * len(OFFSETS))
    assert [(label, TEXT[s:e]) for label, s, e, _ in spans] == [
        ("PERSON", "Anna Berg"), ("STREET_ADDRESS", "Hauptstraße 5, Berlin")]
    assert all(abs(score - 0.9) < 1e-9 for *_, score in spans)


def test_decode_widens_a_tagged_word_piece_to_its_word_and_never_joins_across_o():
    offsets = [(0, 3), (3, 6), (7, 11), (12, 16)]   # "Gel" "enc" "went" "Berg"
    text = "Gelenc went Berg"
    spans = decode(text, offsets, tags("O", "B-PERSON", "O", "I-PERSON"), [0.8, 0.6, 0.9, 0.7])
    assert [(label, text[s:e]) for label, s, e, _ in spans] == [("PERSON", "Gelenc"), ("PERSON", "Berg")]
