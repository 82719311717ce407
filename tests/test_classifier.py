"""The request classifiers: the default (cue rules beside the trained MiniLM and n-gram models)
and the trained model alone. Loading, multi-type output, abstention, batch
independence; and the flow's classification step only ever hands the
classifier masked text."""
import os
import signal

import pytest

from helpers import make_eml

from models import PRIVACY_TYPES, Prediction, RequestClassifier


@pytest.fixture(scope="module")
def default():
    return RequestClassifier.load()


@pytest.fixture(scope="module", params=["default", "trained model alone"])
def classifier(request, default):
    return default if request.param == "default" else default.model


def test_loads_the_committed_model_with_its_thresholds(default):
    model = default.model
    assert set(model.type_threshold) == set(PRIVACY_TYPES)
    assert all(0 < t < 1 for t in model.type_threshold.values()) and 0 <= model.review_below < 1
    assert 0 <= default.model_alone < 1 and default.model_alone == model.info["model_alone"]
    assert 0 <= default.rules_floor <= 1.01 and default.rules_floor == model.info["rules_floor"]


def test_loads_the_committed_ngram_model_with_its_level(default):
    assert default.ngrams is not None
    assert 0.5 <= default.ngrams_alone <= 1.01 and default.ngrams_alone == default.ngrams.info["ngrams_alone"]


def test_a_type_the_ngram_model_is_sure_of_is_reported_and_none_without_it(default):
    from models.classifier import RequestClassifier as Default

    text = ["Need a logo in blue by Friday."]
    anything = Default(default.rules, default.model, 1.01, default.ngrams, ngrams_alone=0.0)
    [found] = anything.predict(text)
    assert found.privacy == list(PRIVACY_TYPES) and found.needs_review  # found by the n-gram model alone: a person looks
    neither = Default(default.rules, default.model, 1.01, default.ngrams, ngrams_alone=1.01)
    assert neither.predict(text)[0].privacy == []
    # Where the rules found a request, the n-gram model adds no types to it.
    cued = ["Please stop sending me marketing e-mails."]
    assert anything.predict(cued)[0].privacy == default.rules.predict(cued)[0].privacy == ["opt_out"]


def test_ngram_features_ignore_placeholders_case_and_spacing():
    from models.ngrams import ngram_features

    a_ids, a_weights = ngram_features("Bitte <PERSON_1> LÖSCHEN   Sie\nmein Konto")
    b_ids, b_weights = ngram_features("bitte löschen sie mein konto")
    assert a_ids.tolist() == b_ids.tolist() and a_weights.allclose(b_weights)
    assert abs(float(a_weights.norm()) - 1) < 1e-5


def test_ngram_training_is_seeded_and_repeatable():
    from models.corpus import Labelled
    from models.ngrams import train_ngrams

    items = [Labelled(f"please delete my account number {k}", ["deletion"], None, "en", "train") for k in range(20)]
    items += [Labelled(f"design a logo with {k} colours", [], "design", "en", "train") for k in range(20)]
    first, _ = train_ngrams(items, epochs=2, log=lambda _: None)
    second, _ = train_ngrams(items, epochs=2, log=lambda _: None)
    assert all(a.equal(b) for a, b in zip(first.state_dict().values(), second.state_dict().values()))


def test_default_keeps_every_type_the_rules_cue_where_minilm_sees_a_request(default):
    from models.classifier import RequestClassifier as Default

    texts = ["Bitte löschen Sie alle meine personenbezogenen Daten gemäß Art. 17 DSGVO. <PERSON_1>",
             "Please stop sending me marketing e-mails and send me a copy of my data.",
             "Need a logo in blue by Friday."]
    for text, combined, cued, p in zip(texts, default.predict(texts), default.rules.predict(texts),
                                       default.model.probabilities(texts)):
        if max(p.types) >= default.rules_floor:
            assert set(cued.privacy) <= set(combined.privacy), text
    assert default.predict(texts[2:])[0].privacy == []
    # With the floor out of reach the rules add nothing: what is left is MiniLM's (and the n-grams').
    deaf = Default(default.rules, default.model, 1.01, None, rules_floor=1.01)
    assert [p.privacy for p in deaf.predict(texts)] == [[], [], []]


def test_join_types_reads_each_source_at_its_level():
    from models.classifier import join_types

    minilm = [0.9, 0.2, 0, 0, 0, 0, 0, 0.6]  # access sure, other_privacy hesitant
    at = lambda t: 0.5  # noqa: E731 - every type's own threshold
    none = [0.0] * 8
    assert join_types(minilm, at, 0.0, [], 0.0, none, 1.01) == (["access", "other_privacy"], False)
    assert join_types(minilm, at, 0.8, [], 0.0, none, 1.01) == (["access"], False)
    assert join_types(minilm, at, 0.8, ["deletion"], 0.95, none, 1.01) == (["access"], False)  # rules under the floor
    assert join_types(minilm, at, 0.8, ["deletion"], 0.9, none, 1.01) == (["access", "deletion"], False)
    ngrams = [0, 0, 0, 0, 0, 0, 0.97, 0]
    assert join_types([0.1] * 8, at, 0.0, [], 0.0, ngrams, 0.95) == (["opt_out"], True)  # the n-grams alone
    assert join_types(minilm, at, 0.8, [], 0.0, ngrams, 0.95) == (["access"], False)  # add nothing to a request


def test_levels_are_chosen_for_recall_within_the_false_alarm_ceiling():
    from types import SimpleNamespace

    from models.corpus import Labelled
    from models.train import choose_levels

    # 50 requests MiniLM is 0.6 sure of, 50 ordinary messages it is 0.55 sure of; the rules cue
    # every request and two of the ordinary messages. Every request is found, without a false
    # alarm, only by MiniLM at 0.6 with the rules kept out of the ordinary messages.
    items = [Labelled("x", ["access"], None, "en", "validation")] * 50 + [Labelled("y", [], "design", "en", "validation")] * 50
    probabilities = [SimpleNamespace(types=[0.6] + [0.0] * 7)] * 50 + [SimpleNamespace(types=[0.55] + [0.0] * 7)] * 50
    cued = [["access"]] * 52 + [[]] * 48
    levels = choose_levels(probabilities, lambda t: 0.5, cued, [[0.0] * 8] * 100, items)
    assert levels == {"model_alone": 0.6, "rules_floor": 1.01, "ngrams_alone": 1.01}


def test_type_thresholds_are_each_types_best_on_validation_but_never_under_the_floor():
    """Access requests the model is only 0.3 sure of: validation alone would
    set access's threshold at 0.3, where unseen ordinary messages pay for it;
    the floor raises it to 0.5. A type whose best threshold is over the
    floor keeps it."""
    from models.corpus import Labelled
    from models.evaluate import Probabilities
    from models.train import TYPE_THRESHOLD_FLOOR, choose_thresholds

    category = [0.0] * 8 + [1.0]  # 'none': a pure request
    access = Probabilities([0.3] + [0.0] * 7, category)
    deletion = Probabilities([0.0, 0.97] + [0.0] * 6, category)
    ordinary = Probabilities([0.0, 0.85] + [0.0] * 6, [1.0] + [0.0] * 8)
    items = ([Labelled("a", ["access"], None, "en", "validation")] * 20 + [Labelled("d", ["deletion"], None, "en", "validation")] * 20
             + [Labelled("o", [], "writing", "en", "validation")] * 20)
    chosen = choose_thresholds([access] * 20 + [deletion] * 20 + [ordinary] * 20, items)["type_threshold"]
    assert TYPE_THRESHOLD_FLOOR == 0.5
    assert chosen["access"] == 0.5       # best F1 at 0.2-0.3, raised
    assert chosen["deletion"] == 0.95    # over the ordinary messages' 0.85: kept
    assert min(chosen.values()) >= TYPE_THRESHOLD_FLOOR


@pytest.mark.parametrize("minilm_finds, ngrams_alone", [(97, 1.01), (90, 0.95)])
def test_levels_meet_the_false_alarm_target_where_recall_allows_else_the_old_ceiling(minilm_finds, ngrams_alone):
    """MiniLM finds `minilm_finds` of 100 requests without a false alarm; the
    n-gram model finds the rest at 0.97 but is as sure of 3 of 100 ordinary
    messages. Without the n-gram path, 0.97 of the requests at no false alarm
    meets issue 4's targets (1%, 0.95): chosen. At 0.90 it does not, and the
    3% ceiling lets the n-gram path in."""
    from types import SimpleNamespace

    from models.corpus import Labelled
    from models.train import choose_levels

    items = [Labelled("x", ["access"], None, "en", "validation")] * 100 + [Labelled("y", [], "design", "en", "validation")] * 100
    probabilities = ([SimpleNamespace(types=[0.6] + [0.0] * 7)] * minilm_finds
                     + [SimpleNamespace(types=[0.0] * 8)] * (200 - minilm_finds))
    sure = [0.97] + [0.0] * 7
    ngrams = [[0.0] * 8] * minilm_finds + [sure] * (100 - minilm_finds) + [sure] * 3 + [[0.0] * 8] * 97
    levels = choose_levels(probabilities, lambda t: 0.5, [[]] * 200, ngrams, items)
    assert levels == {"model_alone": 0.6, "rules_floor": 1.01, "ngrams_alone": ngrams_alone}


@pytest.mark.parametrize("pooling", ["mean", "label_attention"])
def test_type_head_reads_only_the_message_not_its_padding(pooling):
    """Both type heads give one logit per type, and a message padded in a
    batch gets what it gets alone: padding is invisible to the pooling
    (label attention gives it no weight)."""
    import torch

    from models.features import FEATURE_NAMES
    from models.network import CATEGORY_CLASSES, RequestNetwork

    torch.manual_seed(0)
    network = RequestNetwork(layers=1, pooling=pooling).eval()
    ids = torch.tensor([[101, 2064, 2017, 3972, 2026, 2951, 102, 0, 0, 0]])
    mask = (ids != 0).long()
    features = torch.zeros((1, len(FEATURE_NAMES)))
    with torch.inference_mode():
        padded_types, padded_category = network(ids, mask, features)
        alone_types, alone_category = network(ids[:, :7], mask[:, :7], features)
    assert padded_types.shape == (1, len(PRIVACY_TYPES)) and padded_category.shape == (1, len(CATEGORY_CLASSES))
    assert torch.allclose(padded_types, alone_types, atol=1e-5)
    assert torch.allclose(padded_category, alone_category, atol=1e-5)


def test_an_unknown_pooling_is_refused():
    from models.network import RequestNetwork

    with pytest.raises(ValueError, match="pooling"):
        RequestNetwork(layers=1, pooling="max")


def test_the_encoder_reads_placeholders_as_trained_and_a_long_text_by_its_start_and_end():
    """What the encoder reads is the model's own (model.json): placeholders
    as written, as one word or as one [MASK] piece, and at most `max_tokens`
    word pieces, the start and the end of a long thread kept, the middle
    dropped."""
    from transformers import AutoTokenizer

    from models.network import Reading, base_model_path

    tokenizer = AutoTokenizer.from_pretrained(base_model_path())
    masked = "Delete <PERSON_1>, <EMAIL_ADDRESS_2>, <STREET_ADDRESS_1>"
    assert Reading(placeholders="words").text(masked) == "Delete person, email, address"
    [[ids]] = Reading(placeholders="mask").ids(tokenizer, [masked])
    assert tokenizer.convert_ids_to_tokens(ids)[-6:] == ["[MASK]", ",", "[MASK]", ",", "[MASK]", "[SEP]"]
    assert Reading().text(masked) == masked
    assert Reading.of({"gloss": True}) == Reading(gloss=True)  # models trained before placeholders had a choice
    assert Reading.of(Reading(True, "mask", 96, 3).as_info()) == Reading(True, "mask", 96, 3)
    assert Reading.of({"max_tokens": 96}).chunks == 1  # models trained before chunks read one pass
    with pytest.raises(ValueError, match="placeholder"):
        Reading(placeholders="drop")

    thread = "opening words " + "filler " * 300 + "closing words"
    [[ids]] = Reading(max_tokens=64).ids(tokenizer, [thread])
    read = tokenizer.decode(ids)
    assert len(ids) == 64 and read.startswith("[CLS] opening words") and read.endswith("closing words [SEP]")
    [[short]] = Reading(max_tokens=64).ids(tokenizer, ["opening words"])
    assert tokenizer.decode(short) == "[CLS] opening words [SEP]"


def test_a_long_text_is_read_in_overlapping_chunks_every_word_piece_once_at_least():
    """With `chunks`, a letter whose request sits in its middle is read
    whole: passes of at most `max_tokens` that overlap (a sentence cut at a
    boundary is whole in one of them); past `chunks` passes the middle is
    dropped, as with one."""
    from transformers import AutoTokenizer

    from models.network import CHUNK_OVERLAP, Reading, base_model_path

    tokenizer = AutoTokenizer.from_pretrained(base_model_path())
    words = [f"w{k}" for k in range(150)]  # several word pieces each: about 300 in all
    [passes] = Reading(max_tokens=64, chunks=8).ids(tokenizer, [" ".join(words)])
    pieces = tokenizer(" ".join(words), add_special_tokens=False)["input_ids"]
    assert all(len(p) <= 64 and p[0] == tokenizer.cls_token_id and p[-1] == tokenizer.sep_token_id for p in passes)
    inner = [p[1:-1] for p in passes]
    assert [x for p in inner[:1] for x in p] + [x for p in inner[1:] for x in p[CHUNK_OVERLAP:]] == pieces
    fewer = len(passes) - 1  # as few passes as cover the text: one fewer could not
    room = 64 - 2  # [CLS] and [SEP] in every pass
    assert fewer * room - (fewer - 1) * CHUNK_OVERLAP < len(pieces) <= len(passes) * room - fewer * CHUNK_OVERLAP
    assert max(map(len, inner)) - min(map(len, inner)) < len(passes)  # even, not full ones and a stub
    [two] = Reading(max_tokens=64, chunks=2).ids(tokenizer, [" ".join(words)])
    read = [tokenizer.decode(p) for p in two]
    assert len(two) == 2 and read[0].startswith("[CLS] w0 w1") and read[1].endswith("w149 [SEP]")
    assert Reading(max_tokens=64, chunks=3).ids(tokenizer, ["opening words"]) == Reading(max_tokens=64).ids(tokenizer, ["opening words"])
    for wrong in ({"chunks": 0}, {"chunks": 2, "max_tokens": CHUNK_OVERLAP + 2}):
        with pytest.raises(ValueError, match="chunks"):
            Reading(**wrong)


def test_the_pipeline_uses_the_default(default):
    from triage import pipeline

    assert pipeline.get_classifier().name == default.name == "rules+minilm+ngrams-v1"


def test_loads_and_predicts(classifier):
    [p] = classifier.predict(["Please translate our <ORGANIZATION_1> brochure into German by Friday."])
    assert isinstance(p, Prediction) and p.privacy == [] and p.category == "translation"
    assert 0 <= p.confidence <= 1


def test_one_message_can_carry_several_request_types(classifier):
    [p] = classifier.predict([
        "Hello, under Art. 15 GDPR please send me a copy of all personal data you hold about me, "
        "and afterwards delete my account <ACCOUNT_ID_1> and all my data (Art. 17). <PERSON_1>"])
    assert {"access", "deletion"} <= set(p.privacy) and set(p.privacy) <= set(PRIVACY_TYPES)
    assert p.category is None


def test_requests_in_other_languages(classifier):
    texts = ["Bitte löschen Sie alle meine personenbezogenen Daten gemäß Art. 17 DSGVO. <PERSON_1>",
             "Je souhaite recevoir une copie de toutes mes données personnelles (article 15 du RGPD).",
             "Voglio che cancelliate il mio account e tutti i miei dati personali."]
    assert all(p.privacy for p in classifier.predict(texts))


# Everyday wordings without a legal word or an article, one per language;
# none is in the corpus. MiniLM reads them through their English glosses.
EVERYDAY_REQUESTS = [
    ("Hallo, bitte geben Sie meine Daten nicht mehr an Werbepartner weiter. Danke, <PERSON_1>", "opt_out"),
    ("Guten Tag, ich möchte wissen, welche Informationen Sie über mich gespeichert haben, und bitte um eine Kopie.",
     "access"),
    ("Bonjour, merci de ne plus utiliser mes informations pour de la publicité ciblée.", "opt_out"),
    ("Buongiorno, vorrei ricevere tutti i dati che avete su di me in un file che posso portare a un altro servizio.",
     "portability"),
    ("Hoi, mijn adres in jullie systeem klopt niet meer, kunnen jullie het aanpassen? Het nieuwe is <STREET_ADDRESS_1>.",
     "correction"),
    ("Olá, não autorizo que usem os meus dados para criar perfis de comportamento.", "objection"),
]


def test_everyday_requests_in_other_languages_are_found_and_typed_or_reviewed(default):
    """Each is found as a request; its type is reported, or a person checks
    it first. (The model trained on 2026-11-28 reads the Italian one as
    access, portability 0.56 under its threshold, and sends it to review;
    the model before it typed all six: README, Classification.)"""
    assert default.model.info["gloss"] is True
    predicted = default.predict([text for text, _ in EVERYDAY_REQUESTS])
    assert all(p.privacy for p in predicted)
    assert all(expected in p.privacy or p.needs_review for p, (_, expected) in zip(predicted, EVERYDAY_REQUESTS))
    assert sum(expected in p.privacy for p, (_, expected) in zip(predicted, EVERYDAY_REQUESTS)) >= 5


def test_ordinary_work_in_other_languages_stays_ordinary(default):
    texts = ["Hallo, könnt ihr das alte Logo aus dem Entwurf löschen? Gruß <PERSON_1>",
             "Hola, ¿podéis exportar la hoja de cálculo como CSV y borrar las filas duplicadas?",
             "Bonjour, je n'arrive pas à accéder à mon compte depuis hier, pouvez-vous m'aider ?"]
    assert [p.privacy for p in default.predict(texts)] == [[], [], []]


def test_hard_negatives_stay_ordinary(classifier):
    texts = ["Can you delete the old logo from the flyer draft and send v3?",
             "I can't access my account, the password reset mail never arrives.",
             "Please write a privacy policy for our online shop."]
    assert [p.privacy for p in classifier.predict(texts)] == [[], [], []]


def test_unclear_messages_go_to_review(classifier):
    [p] = classifier.predict(["<PERSON_1>\n\n???"])
    assert p.needs_review


def test_a_message_of_placeholders_alone_goes_to_review(classifier):
    [p] = classifier.predict(["<PERSON_1> <EMAIL_ADDRESS_1> <PHONE_NUMBER_1> - invoice!!"])
    assert p.needs_review  # 7 letters to read: nothing to act on


def same_decisions(got, expected) -> bool:
    """The same types, category and review; the confidence may move a little.
    In bfloat16 a text's probabilities move by rounding with the texts it is
    batched with (up to about 0.015 measured), and a confidence scales that
    by up to 1 / (2 x the room beside its threshold): 5x beside 0.9."""
    return len(got) == len(expected) and all(
        (g.privacy, g.category, g.needs_review) == (e.privacy, e.category, e.needs_review)
        and abs(g.confidence - e.confidence) <= 0.1 for g, e in zip(got, expected))


def test_in_float32_a_batch_gives_what_each_text_alone_gives():
    """Padding and pooling are right: in float32 (no bfloat16 rounding) a
    text read beside others, padded to the longest pass of its batch, gets
    its own probabilities. Empty and one-letter texts, a long letter read in
    three chunks, and more passes than one batch holds."""
    import torch

    from models.evaluate import BATCH_PASSES
    from models.trained import TrainedRequestClassifier

    model = TrainedRequestClassifier.load(dtype=torch.float32)
    letter = "Sehr geehrte Damen und Herren,\n\nbitte Auskunft nach Art. 15 DSGVO. " + "Danke für das Logo. " * 80
    texts = ["", "a", "Please delete my account.", letter, "Design a logo in blue, please."] * (BATCH_PASSES // 4)
    together = model.probabilities(texts)
    for text, p in zip(texts[:5], together[:5]):
        [alone] = model.probabilities([text])
        assert max(abs(a - b) for a, b in zip(alone.types + alone.category, p.types + p.category)) < 1e-4
    assert model.probabilities([]) == []


def test_same_result_alone_or_in_a_batch(classifier):
    texts = ["Please delete my data.", "Need a logo in blue.", "Stop sending me newsletters!"]
    assert same_decisions(classifier.predict(texts), [classifier.predict([t])[0] for t in texts])


def test_the_same_batch_always_gives_the_same_results(default):
    """Batched reading is deterministic: the same texts in the same order
    give exactly the same predictions, run after run."""
    texts = ["Bitte löschen Sie meine Daten.", "Design a logo.", "Je m'oppose au profilage.", "Export my data."] * 20
    assert default._predict_here(texts) == default._predict_here(texts)


def test_worker_processes_give_the_results_of_one_process(default):
    """A batch of PARALLEL_FROM texts or more is read by worker processes;
    each reads its share in batches of its own, so nothing changes but the
    time and the rounding (same_decisions)."""
    from models.classifier import PARALLEL_FROM

    texts = [f"Message {k}: please delete my account, and design a logo for <ORGANIZATION_1>." if k % 3 == 0 else
             f"Order {k}: translate the attached brochure into German by Friday." if k % 3 == 1 else
             f"Bitte löschen Sie alle meine Daten (Kundennummer {k}) und bestätigen Sie es." for k in range(PARALLEL_FROM)]
    pooled = RequestClassifier.load(workers=2)
    try:
        here = default._predict_here(texts)
        assert same_decisions(pooled.predict(texts), here)
        assert pooled._pool is not None  # the batch went to the workers
        # A worker that dies (killed for memory) loses nothing: the batch is read here.
        os.kill(next(iter(pooled._pool._executor._processes)), signal.SIGKILL)
        assert same_decisions(pooled.predict(texts), here)
        assert pooled._pool is None
    finally:
        pooled.close()


def test_classification_step_reads_only_masked_text(tmp_path, monkeypatch):
    """The real pipeline step with the real classifier, recording what it is given."""
    from triage import pipeline

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "m.eml").write_bytes(make_eml(
        "Hello, please delete all my personal data. My phone is +49 30 1234567.\nLena Fischer",
        subject="Löschung Lena Fischer"))
    db = str(tmp_path / "t.duckdb")
    seen = []
    real = pipeline.get_classifier()

    class Recording:
        name = real.name

        def predict(self, texts):
            seen.extend(texts)
            return real.predict(texts)

    monkeypatch.setattr(pipeline, "get_classifier", lambda: Recording())
    run_id = pipeline.start_run(db)
    ingested = pipeline.ingest_files(str(inbox), db, run_id, 0, 1)
    pipeline.classify_messages(db, ingested["message_ids"])
    assert len(seen) == 1
    assert "Lena" not in seen[0] and "Fischer" not in seen[0] and "1234567" not in seen[0]
    assert "<PERSON_1>" in seen[0] and "<PHONE_NUMBER_1>" in seen[0]


def test_the_traced_network_gives_the_untraced_outputs():
    """TorchScript tracing records one example's path: batches of other
    sizes and lengths (a one-liner padded beside a long thread cut to its
    head and tail) must come out as the network itself gives them."""
    from models.evaluate import predict_probabilities
    from models.network import Reading, load
    from models.trained import DEFAULT_DIR, TrainedRequestClassifier

    deployed = TrainedRequestClassifier.load()
    network, _ = load(DEFAULT_DIR)
    texts = ["Delete my account <ACCOUNT_ID_1>.",
             "Hallo,\n\nbitte Auskunft nach Art. 15 DSGVO über meine Daten.\n\n" + "Danke für das Logo. " * 60]
    expected = predict_probabilities(network.to(deployed.dtype), deployed._tokenizer, texts, Reading.of(deployed.info),
                                     deployed.dtype)
    got = deployed.probabilities(texts)
    assert [(p.types, p.category) for p in got] == [(p.types, p.category) for p in expected]


def test_production_reads_in_bfloat16_where_the_cpu_computes_in_it():
    """The network computes in bfloat16 where oneDNN does (this machine),
    and its float32 fallback gives nearly the same probabilities, so the
    thresholds chosen on bfloat16 hold for it."""
    import torch

    from models.evaluate import predict_probabilities
    from models.network import Reading
    from models.trained import TrainedRequestClassifier

    deployed = TrainedRequestClassifier.load()
    if torch.ops.mkldnn._is_mkldnn_bf16_supported():
        assert deployed.dtype == torch.bfloat16
    outputs = []
    predict_probabilities(lambda *inputs: outputs.append(deployed._network(*inputs)) or outputs[-1],
                          deployed._tokenizer, ["Bitte löschen Sie mein Konto."], Reading.of(deployed.info), deployed.dtype)
    assert all(logits.dtype == deployed.dtype for logits in outputs[0])
    texts = ["Bitte löschen Sie mein Konto.", "Stop the newsletter.", "Translate the brochure into Dutch."]
    fallback = TrainedRequestClassifier.load(dtype=torch.float32).probabilities(texts)
    for a, b in zip(deployed.probabilities(texts), fallback):
        assert max(abs(x - y) for x, y in zip(a.types, b.types)) < 0.05


def test_the_default_routes_as_minilm_does(default):
    """The category is MiniLM's, not the rules' (README: it routes better),
    also where the rules name another one."""
    texts = ["I cannot log in to Taskbridge to pay the bookkeeping invoice.",  # the rules say bookkeeping
             "Bitte übersetzen Sie unsere Website ins Englische.",
             "Can you fix the bug in our checkout page?"]
    assert default.rules.predict(texts[:1])[0].category == "bookkeeping"
    assert [p.category for p in default.predict(texts)] == ["platform_support", "translation", "software"]


def _tiny_corpus():
    from models.corpus import Labelled

    items = [Labelled(f"please delete my account {k}", ["deletion"], None, "en", "train") for k in range(6)]
    items += [Labelled(f"design a logo with {k} colours", [], "design", "en", "train", hard_negative=k % 2 == 0)
              for k in range(6)]
    return items


def test_network_training_is_seeded_and_repeatable_and_a_teacher_changes_what_is_learned(tmp_path):
    """`make train` gives the same weights twice; with `--teacher` the
    network learns the trained model's probabilities beside the labels
    (a smaller network taught by a larger one), recorded in model.json."""
    import torch

    from models.network import Reading, save
    from models.train import teacher_targets, train

    items, quiet = _tiny_corpus(), (lambda _: None)
    reading = Reading(gloss=False, placeholders="words", max_tokens=32, chunks=2)
    first, info = train(items, epochs=1, batch_size=4, layers=1, reading=reading, log=quiet)
    second, _ = train(items, epochs=1, batch_size=4, layers=1, reading=reading, log=quiet)
    weights = lambda network: torch.cat([p.detach().flatten() for p in network.parameters()])  # noqa: E731
    assert torch.equal(weights(first), weights(second)) and "teacher" not in info

    save(first, tmp_path / "teacher", info)
    types, categories = teacher_targets(tmp_path / "teacher", items)
    assert types.shape == (len(items), len(PRIVACY_TYPES)) and ((types > 0) & (types < 1)).all()
    assert torch.allclose(categories.sum(1), torch.ones(len(items)), atol=1e-5)
    taught, taught_info = train(items, epochs=1, batch_size=4, layers=1, reading=reading,
                                teacher=tmp_path / "teacher", log=quiet)
    assert not torch.equal(weights(taught), weights(first))
    assert taught_info["teacher"] and taught_info["distil_share"] == 0.5


def test_a_smaller_network_can_start_from_a_trained_networks_first_layers(tmp_path):
    import torch

    from models.network import RequestNetwork, save
    from models.train import start_from_teacher

    torch.manual_seed(1)
    teacher = RequestNetwork(layers=2)
    with torch.no_grad():
        for parameter in teacher.encoder.encoder.layer.parameters():
            parameter.add_(0.5)  # unlike MiniLM's own weights, which a student starts from otherwise
    save(teacher, tmp_path / "teacher", {"layers": 2})
    student = RequestNetwork(layers=1)
    start_from_teacher(student, tmp_path / "teacher", layers=1)
    taught = teacher.encoder.encoder.layer[0].attention.self.query.weight.to(torch.float16).float()
    assert torch.equal(student.encoder.encoder.layer[0].attention.self.query.weight, taught)
    assert len(student.encoder.encoder.layer) == 1
