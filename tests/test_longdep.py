"""The long-dependency task: the generator, the probe format and probe scoring."""

import hashlib
import json
import re

import numpy as np
import pytest

from charlstm import batches, checkpoint, evaluate, probes
from charlstm import config as config_mod
from charlstm.errors import CharlstmError
from charlstm.longdep import layout, probing, sides, task
from charlstm.model import softmax

from .helpers import one_line_error, run

STORY = re.compile(r"I grew up in (\w+)\. (?:(.+?) )??I speak fluent (\w+)\.")
DEMO_CORPUS_SHA256 = "9de6dcc17f388c99b11739338f4700534817bd690f1d9ae9143499de40fc4e94"
SMALL_CORPUS_SHA256 = "c01eadfbcd11eeea7328cc2fcfba5d224d5acfc102bf27543b31080efc7fe05c"


# the project's corpus is drawn once per process (about 100 s): its tests share one
DRAWS_THE_PROJECT_CORPUS = pytest.mark.xdist_group("project_corpus")


@pytest.mark.slow
@DRAWS_THE_PROJECT_CORPUS
def test_generator_reproduces_the_committed_probes(tmp_path):
    """make data's command: the corpus (generated, never committed) has the same bytes
    everywhere, pinned by its hash; the committed probes are what the generator writes."""
    corpus, probe_path = tmp_path / "c.txt", tmp_path / "p.jsonl"
    r = run("data", "longdep", "--curriculum", "charlstm/configs/demo.yaml", "--out", str(corpus),
            "--probes", str(probe_path))  # fmt: skip
    assert r.exit_code == 0, r.output
    assert hashlib.sha256(corpus.read_bytes()).hexdigest() == DEMO_CORPUS_SHA256
    assert probe_path.read_bytes() == open("charlstm/data/longdep_probes.jsonl", "rb").read()


def test_the_generator_gives_the_same_bytes_everywhere():
    text = layout.corpus(300, 0, 1600, seed=5, distances="log")
    assert hashlib.sha256(text.encode()).hexdigest() == SMALL_CORPUS_SHA256


def story_distances(lines) -> np.ndarray:
    """The distance of each line's last story (a story before it on its line is short), for
    the lines that hold one; lines of prose are left out."""
    found = [list(STORY.finditer(line)) for line in lines]
    return np.array([task.distance(stories[-1].group()) for stories in found if stories])


def story_lines(part: str) -> list[str]:
    """Whole lines of a piece of text (the partial first and last left out)."""
    return part.splitlines()[1:-1]


def test_curriculum_puts_short_stories_first_in_every_stream(tmp_path):
    """Each of the trainer's streams (batches.Streams over the training split) meets stories
    with no filler first, alone on their lines, then growing distances, in contexts that
    grow with them (Curriculum.context_share: none in the hold, all by the warm-up's end)."""
    config = config_mod.from_dict(
        {
            "train": {"batch_size": 4, "seq_len": 50, "max_steps": 2000},
            "data": {"val_fraction": 0.05},
        }
    )
    plan = layout.curriculum_for(config, warmup=0.5, epochs=1)
    assert layout.curriculum_for(config, epochs=4).stream_chars == 500 * 50
    text = layout.corpus(0, 0, 1600, seed=2, distances="log", curriculum=plan)
    ids = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    train_ids, _ = batches.split(ids, config.data.val_fraction)
    streams = batches.Streams(train_ids, 4, 50)
    assert abs(int(streams.lengths[0]) - plan.stream_chars) < 1600
    hold = plan.hold * plan.stream_chars

    def in_context(lines) -> float:
        return sum(not STORY.fullmatch(line) for line in lines) / len(lines)

    for start, length in zip(streams.starts, streams.lengths, strict=True):
        part = text[start : start + length]
        # (a stream may begin with the last line or two of the part before it)
        held = story_lines(part[2000 : int(hold) - 2000])
        assert len(held) > 20 and all(STORY.fullmatch(line) for line in held)
        assert set(story_distances(held)) == {1}
        growing_lines = story_lines(part[int(0.2 * length) : int(0.3 * length)])
        growing = story_distances(growing_lines)
        late_lines = story_lines(part[int(0.7 * length) :])
        late = story_distances(late_lines)
        assert max(growing) < 400 and np.mean(growing) < 60
        assert max(late) > 800 and np.mean(late) > 60
        # in context: a third to a half of the lines when all may be (_line), a fifth of that at
        # 0.2-0.3 of the part
        assert 0 < in_context(growing_lines) < 0.2 < 0.25 < in_context(late_lines)


def test_the_curriculum_is_laid_out_for_the_rows_that_read_streams():
    """With train.fresh_rows F, B − F rows read streams, so the corpus has B − F parts."""
    config = config_mod.from_dict(
        {"train": {"batch_size": 6, "fresh_rows": 2, "seq_len": 50, "max_steps": 600}}
    )
    plan = layout.curriculum_for(config, epochs=2)
    assert plan.streams == 4 and plan.stream_chars == 300 * 50


def test_the_easy_share_keeps_stories_that_fit_one_window_among_the_long_ones():
    """Where every distance is allowed, `easy` of the stories (by count) are still short
    enough for the country and the answer to share one training window (seq_len 100: distance
    up to 100 − EASY_MARGIN), on top of the log-uniform draws that short anyway; easy 0 adds
    none."""
    config = config_mod.from_dict(
        {
            "train": {"batch_size": 1, "seq_len": 100, "max_steps": 3000},
            "data": {"val_fraction": 0.05},
        }
    )
    short = 100 - layout.EASY_MARGIN

    def share_of_short(easy):
        plan = layout.curriculum_for(config, epochs=1, easy=easy)
        text = layout.corpus(0, 0, 1600, seed=4, distances="log", curriculum=plan)
        late = text[int(0.7 * plan.stream_chars) : plan.stream_chars]
        return np.mean(story_distances(story_lines(late)) <= short)

    plain, easy = share_of_short(0.0), share_of_short(0.4)
    assert plain < 0.55
    # by count the share lands below 0.4 + 0.6 × plain since the corpus draws up to 256
    # sentences for a short target (layout.SHORT_TRIES; 0.61 against 0.69 at seed 4): the
    # plain draws already make many short stories, which the easy ones partly replace
    assert plain + 0.1 < easy < 0.4 + 0.6 * plain + 0.05, (plain, easy)


def test_a_filler_that_cannot_reach_the_distances_is_one_error_for_both_layouts():
    """Sentences of 100 characters cannot make a story of distance 10-50 (the story without
    filler has distance 1): the plain corpus and the curriculum stop with the same message."""
    config = config_mod.from_dict({"train": {"batch_size": 1, "seq_len": 10, "max_steps": 10}})

    def long_sentence(rng):
        return "x" * 99 + "."

    side = sides.Side(long_sentence, long_sentence, long_sentence)
    message = "cannot make stories of distance 10-50 (they are too long or too uniform in length)"
    for plan in (None, layout.curriculum_for(config, epochs=1)):
        with pytest.raises(CharlstmError, match=re.escape(message)):
            layout.corpus(5, 10, 50, seed=0, side=side, curriculum=plan)


def test_stories_follow_the_task():
    text = layout.corpus(300, 60, 150, seed=3)
    pairs = dict(task.PAIRS)
    countries = set()
    for line in text.splitlines():
        stories = list(STORY.finditer(line))
        if not stories:  # a line of prose says nothing of the task
            assert "grew up in" not in line and "speak fluent" not in line
            continue
        for found in stories:
            country, filler, language = found.groups()
            assert pairs[country] == language
            assert "grew up in" not in (filler or "") and "speak fluent" not in (filler or "")
            countries.add(country)
        # the last story on a line is the drawn one; a story before it is short
        assert 60 <= task.distance(stories[-1].group()) <= 150
        outside = STORY.sub("", line)
        assert "grew up in" not in outside and "speak fluent" not in outside
    assert task.distance("I grew up in Spain. Hi. I speak fluent Spanish.") == len(" Hi. ")
    assert layout.corpus(300, 60, 150, seed=3) == text
    assert countries == set(pairs)


def test_probes_are_held_out_and_binned():
    text = layout.corpus(200, 0, 200, seed=0)
    records = probing.probes(12, [(0, 50), (200, 400)], seed=1, exclude=task.stories_in(text))
    assert len(records) == 24
    for r in records[:12]:
        assert 0 <= r["distance"] < 50
    for r in records[12:]:
        assert 200 <= r["distance"] < 400
        assert r["prompt"].endswith("I speak fluent ") and r["answer"] in r["choices"]
        assert r["prompt"] + r["answer"] + ".\n" not in text
    assert sorted(r["answer"] for r in records[:12]) == sorted(lang for _, lang in task.PAIRS)


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a"]', "line 2: expected a JSON object"),
        ('{"answer": "x"}', "line 2: 'prompt' must be a non-empty string"),
        ('{"prompt": "a", "answer": "x", "choices": ["y"]}', "includes the answer"),
        ('{"prompt": "a", "answer": "x", "distance": -1}', "'distance' must be a non-negative"),
        ('{"prompt": "a", "answer": "x", "colour": 1}', "unknown key 'colour'"),
        ('{"prompt": "a", "answer": "Ω"}', "use characters outside the model's vocabulary: 'Ω'"),
        ('{"prompt": "aΩ", "answer": "a"}', "not in the model's vocabulary: 'Ω'"),
        ('{"prompt": "a", "answer": "x", "distance": true}', "'distance' must be a non-negative"),
    ],
)
def test_bad_probe_files_are_one_line(trained, tmp_path, line, message):
    out, _ = trained
    path = tmp_path / "p.jsonl"
    path.write_text('{"prompt": "I grew", "answer": " up"}\n' + line + "\n", encoding="utf-8")
    one_line_error(
        run("eval", f"{out}/best.npz", "--probes", str(path)),
        f"{path} {message}" if message.startswith("line") else message,
    )


def stepwise_logprob(net, prompt, choice):
    """The log-probability of choice after prompt, one character at a time from zero."""
    state = net.zero_state(1)
    total = 0.0
    sequence = np.concatenate([prompt, choice])
    for t in range(len(sequence) - 1):
        logits, state = net.step(sequence[t : t + 1], state)
        if t >= len(prompt) - 1:
            total += softmax(logits[0].astype(np.float64))[1][sequence[t + 1]]
    return total


def test_choice_scores_equal_stepwise_log_probabilities(trained):
    out, _ = trained
    ckpt = checkpoint.load(f"{out}/best.npz")
    vocab = ckpt.vocab
    prompt = vocab.encode("I grew up in Japan. We walked. I speak fluent ")
    choices = [vocab.encode(c) for c in ("Japanese", "Greek", "Polish", "I")]
    scores = evaluate.continuation_logprobs(ckpt.model, prompt, choices)
    expected = [stepwise_logprob(ckpt.model, prompt, c) for c in choices]
    np.testing.assert_allclose(scores, expected, rtol=1e-5)


def test_probe_accuracy_and_json(trained, tmp_path):
    out, _ = trained
    ckpt = checkpoint.load(f"{out}/best.npz")
    prompt = "I grew up in Spain. I speak fluent "
    greedy = ckpt.vocab.decode(
        evaluate.greedy_continuation(ckpt.model, ckpt.vocab.encode(prompt), 4)
    )
    scores = evaluate.continuation_logprobs(
        ckpt.model, ckpt.vocab.encode(prompt), [ckpt.vocab.encode(c) for c in ("Greek", "Polish")]
    )
    likelier = ("Greek", "Polish")[int(np.argmax(scores))]
    unlikelier = ("Polish", "Greek")[int(np.argmax(scores))]
    lines = [
        {"prompt": prompt, "answer": greedy, "distance": 10},  # right by construction
        {"prompt": prompt, "answer": greedy[:-1] + ("e" if greedy[-1] != "e" else "a")},
        {"prompt": prompt, "answer": likelier, "choices": ["Greek", "Polish"], "distance": 120},
        {"prompt": prompt, "answer": unlikelier, "choices": ["Greek", "Polish"], "distance": 130},
    ]
    path = tmp_path / "p.jsonl"
    path.write_text(probes.to_jsonl(lines), encoding="utf-8")
    r = run("eval", f"{out}/best.npz", "--probes", str(path), "--json")
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert result["probe_accuracy"] == 0.5 and result["n"] == 4
    assert result["by_distance"] == {
        "0-50": {"n": 1, "accuracy": 1.0},
        "100-200": {"n": 2, "accuracy": 0.5},
    }
    r = run("eval", f"{out}/best.npz", "--probes", str(path))
    assert "probe accuracy 50.0% over 4 probes" in r.stdout


# --- charlstm data longdep --filler-from: the task inside anyone's text --------------------

# A text written for this test: 240 distinct sentences with three kinds of sentence end.
OWN_PROSE = " ".join(
    f"The {colour} {thing} drifted past the {place}{end}"
    for place in ("mill", "weir", "bridge", "lock", "ford", "quay", "inn", "church")
    for colour in ("red", "grey", "blue", "white", "black")
    for thing, end in (
        ("boat", "."),
        ("raft", "!"),
        ("barge", "?"),
        ("log", "."),
        ("dove", "."),
        ("duck", "!"),
    )
)
OWN_SENTENCE = re.compile(r"The [a-z]+ [a-z]+ drifted past the [a-z]+[.!?]")


def data_from(tmp_path, filler: bytes | str, *extra):
    path = tmp_path / "filler.txt"
    if isinstance(filler, str):
        filler = filler.encode("utf-8")
    path.write_bytes(filler)
    out, probe_path = tmp_path / "c.txt", tmp_path / "p.jsonl"
    args = ["data", "longdep", "--filler-from", str(path), "--out", str(out)]
    r = run(*args, "--probes", str(probe_path), "--stories", "120", "--probes-per-bin", "2",
            "--max-distance", "400", "--probe-max-distance", "400", *extra)  # fmt: skip
    return r, out, probe_path


def filler_sentences(line: str) -> str:
    return line[line.index(".") + 2 : line.rindex(task.PROMPT_END) - 1]


def test_filler_from_builds_the_task_from_a_users_sentences(tmp_path):
    r, out, probe_path = data_from(tmp_path, OWN_PROSE + "\n" + "I speak fluent Klingon. " * 3)
    assert r.exit_code == 0, r.output
    assert "216 training sentences (0 first-person) and 24 held-out sentences" in r.output
    assert "warning: under 50 held-out sentences" in r.output
    text = out.read_text(encoding="utf-8")
    sentences = sides.split_sentences(OWN_PROSE)
    assert len(sentences) == 240
    held_out = set(sentences[9::10])
    assert "Klingon" not in text
    for line in text.splitlines():
        for found in STORY.finditer(line):
            country, filler, language = found.groups()
            assert dict(task.PAIRS)[country] == language
        assert all(s in sentences and s not in held_out for s in OWN_SENTENCE.findall(line))
    assert len(OWN_SENTENCE.findall(text)) > 100  # the text's sentences are the filler
    records = [json.loads(line) for line in probe_path.read_text(encoding="utf-8").splitlines()]
    ood = [r for r in records if r["set"] == "ood"]
    assert "so no first-person probes" in r.output
    contexts = len(probing.CONTEXTS) - 1  # none with first-person filler
    assert len(ood) == len(records) // 2 == 8 * contexts  # 4 bins up to 400, 2 probes each
    for record in ood:  # only held-out sentences, none of which the corpus contains
        found = OWN_SENTENCE.findall(record["prompt"])
        assert found and all(s in held_out and s not in text for s in found)
        if record["context"] == "distractor":  # the grammar's held-out distractors
            before = record["prompt"][: record["prompt"].index("I grew up in ")]
            assert any(m in before for m in ("moved to", "Everyone watched", " lessons in "))


def test_filler_from_refuses_a_text_too_small_for_an_ood_set(tmp_path):
    few = " ".join(sides.split_sentences(OWN_PROSE)[:150])
    r, out, _ = data_from(tmp_path, few)
    one_line_error(
        r, "only 150 distinct sentences, so 15 held out for the OOD probes; need at least 200"
    )
    assert not out.exists()


def test_filler_from_uses_the_texts_own_first_person_sentences(tmp_path):
    mine = " ".join(
        f"I rowed the {colour} boat to the {place}."
        for colour in ("red", "grey", "blue", "white", "black", "green")
        for place in (
            "mill",
            "weir",
            "bridge",
            "lock",
            "ford",
            "quay",
            "inn",
            "church",
            "barn",
            "pier",
        )
    )
    r, out, probe_path = data_from(tmp_path, OWN_PROSE + " " + mine)
    assert r.exit_code == 0, r.output
    assert (
        "(54 first-person) and 30 held-out sentences for the OOD probes (6 first-person)"
        in r.output
    )
    records = [json.loads(line) for line in probe_path.read_text(encoding="utf-8").splitlines()]
    first_person = [
        r["prompt"] for r in records if r["set"] == "ood" and r["context"] == "first-person filler"
    ]
    assert any("I rowed the" in prompt for prompt in first_person)
    assert "first-person probes" not in r.output
    # the text's own, not the grammar's held-out first-person shapes
    grammar_shapes = ("I used to", "I wonder", "I think", "I once lived", "I understand")
    assert not any(shape in prompt for prompt in first_person for shape in grammar_shapes)
    assert "I rowed the" in out.read_text(encoding="utf-8")


def test_sentences_are_cut_as_the_whole_sentence_pattern_cuts_them():
    """split_sentences searches only for sentence ends; on random texts of letters, spaces,
    ends and closers it cuts exactly where the pattern for a whole sentence (the one it
    replaced, which is quadratic on a long piece without an end) does."""
    whole_sentence = re.compile(r"[^.!?。！？؟।]*[.!?。！？؟।]+[\"'”’»)\]]*", re.S)

    def reference(text):
        sentences = []
        for match in whole_sentence.finditer(text):
            sentence = " ".join(match.group().split())
            while len(sentence) > sides.MAX_SENTENCE:
                cut = sentence.rfind(" ", 0, sides.MAX_SENTENCE)
                cut = cut if cut > 0 else sides.MAX_SENTENCE
                sentences.append(sentence[:cut].strip())
                sentence = sentence[cut:].strip()
            if sentence and any(c.isalnum() for c in sentence):
                sentences.append(sentence)
        return [s for s in sentences if s]

    rng = np.random.default_rng(0)
    alphabet = list("ab  \n.!?。\"')]”x")
    rare_ends = np.array([20, 20, 20, 20, 5, 0.1, 0.1, 0.1, 0.1, 1, 1, 1, 1, 1, 20])
    for size in [0, 1, 5, 50, 500, 3000] * 20:
        for weights in (None, rare_ends / rare_ends.sum()):  # short pieces; pieces past 400
            text = "".join(rng.choice(alphabet, size, p=weights))
            assert sides.split_sentences(text) == reference(text), text


@pytest.mark.parametrize(
    "filler, message",
    [
        (b"", "filler file is empty"),
        (b"   \n\n ", "no sentences found"),
        (b"no sentence ends here at all " * 2000, "no sentences found"),  # one huge line
        (b"The end. " * 50, "only 1 distinct sentences"),
        (b"\xff\xfe broken", "is not valid UTF-8"),
    ],
)
def test_filler_from_hostile_input_is_one_line(tmp_path, filler, message):
    r, out, _ = data_from(tmp_path, filler)
    one_line_error(r, message)
    assert not out.exists()


def test_filler_from_one_huge_line_and_other_scripts_work(tmp_path):
    huge = " ".join(f"Line {k} has no break but ends here." for k in range(20000))  # 0.7 MB
    r, out, _ = data_from(tmp_path, huge)
    assert r.exit_code == 0, r.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 120
    # Chinese (。！？ with no spaces), Arabic (؟) and Hindi (।) sentence ends
    scripts = (
        "".join(f"我家有{k}只猫。" for k in range(83))  # (held out: every 10th sentence)
        + "".join(f"هل لديك {k} كتب؟ " for k in range(80))
        + "".join(f"मेरे पास {k} किताबें हैं। " for k in range(80))
    )
    r, out, probe_path = data_from(tmp_path, scripts)
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert "只猫。" in text and "كتب؟" in text and "किताबें हैं।" in text
    prompts = "".join(json.loads(line)["prompt"] for line in probe_path.open(encoding="utf-8"))
    assert set(prompts) <= set(text)
    # a "sentence" longer than MAX_SENTENCE is cut into lines of at most that length
    long_piece = "".join(f"w{k} " for k in range(30000)) + ". "  # cut into distinct lines
    r, out, _ = data_from(tmp_path, long_piece + OWN_PROSE, "--max-distance", "900")
    assert r.exit_code == 0, r.output
    assert re.search(r"(?:w\d+ ){20,}", out.read_text(encoding="utf-8"))
    assert max(len(s) for s in sides.split_sentences(long_piece)) <= sides.MAX_SENTENCE


def ranked_choices(run_dir, prompt, choices):
    """(likelier, less likely) of two choices after the prompt, for the run's best model."""
    ckpt = checkpoint.load(f"{run_dir}/best.npz")
    scores = evaluate.continuation_logprobs(
        ckpt.model, ckpt.vocab.encode(prompt), [ckpt.vocab.encode(c) for c in choices]
    )
    best = int(np.argmax(scores))
    return choices[best], choices[1 - best]


def test_eval_scores_each_probe_set(trained, tmp_path):
    out, _ = trained
    prompt = "I grew up in Spain. I speak fluent "
    likelier, unlikelier = ranked_choices(out, prompt, ("Greek", "Polish"))
    record = {"prompt": prompt, "choices": ["Greek", "Polish"]}
    lines = [
        {**record, "answer": likelier, "distance": 10, "set": "in-distribution"},
        {**record, "answer": likelier, "distance": 900, "set": "in-distribution"},
        {**record, "answer": unlikelier, "distance": 10, "set": "ood"},
        {**record, "answer": likelier, "distance": 900, "set": "ood"},
    ]
    path = tmp_path / "p.jsonl"
    path.write_text(probes.to_jsonl(lines), encoding="utf-8")
    r = run("eval", f"{out}/best.npz", "--probes", str(path), "--json")
    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert result["probe_accuracy"] == 0.75 and set(result["sets"]) == {"in-distribution", "ood"}
    assert result["sets"]["ood"]["by_distance"] == {
        "0-50": {"n": 1, "accuracy": 0.0},
        "800-1600": {"n": 1, "accuracy": 1.0},
    }
    assert result["sets"]["in-distribution"]["probe_accuracy"] == 1.0
    r = run("eval", f"{out}/best.npz", "--probes", str(path))
    zero_state = [row for row in r.stdout.splitlines() if "| zero state |" in row]
    assert r.stdout.splitlines()[0] == "| probes | read | 0-50 | 800-1600 | all |"
    assert zero_state == [
        "| in-distribution | zero state | 100% | 100% | 100.0% (n = 2) |",
        "| ood | zero state | 0% | 100% | 50.0% (n = 2) |",
    ]
    path.write_text(probes.to_jsonl([{**lines[0], "set": ""}]), encoding="utf-8")
    one_line_error(run("eval", f"{out}/best.npz", "--probes", str(path)), "'set' must be")


def test_probes_use_only_characters_the_corpus_has(tmp_path):
    """A held-out sentence with a character no training sentence has is never a probe's
    filler: a model of the corpus could not read it."""
    sentences = sides.split_sentences(OWN_PROSE)
    sentences[9] = sentences[9].replace("mill", "millΩ")  # the first held-out sentence
    r, out, probe_path = data_from(tmp_path, " ".join(sentences))
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    prompts = "".join(json.loads(line)["prompt"] for line in probe_path.open(encoding="utf-8"))
    assert "Ω" not in text and "Ω" not in prompts and set(prompts) <= set(text)


def test_eval_scores_each_set_and_context(trained, tmp_path):
    """Records that name a context are scored per set and context, one row each."""
    out, _ = trained
    prompt = "I grew up in Spain. I speak fluent "
    likelier, unlikelier = ranked_choices(out, prompt, ("Greek", "Polish"))
    record = {"prompt": prompt, "choices": ["Greek", "Polish"], "distance": 10, "set": "ood"}
    lines = [
        {**record, "answer": likelier, "context": "story alone"},
        {**record, "answer": unlikelier, "context": "distractor"},
        {**record, "answer": likelier, "context": "distractor"},
        {**record, "answer": likelier},  # no context: the set alone
    ]
    path = tmp_path / "p.jsonl"
    path.write_text(probes.to_jsonl(lines), encoding="utf-8")
    r = run("eval", f"{out}/best.npz", "--probes", str(path), "--json")
    assert r.exit_code == 0, r.output
    sets = json.loads(r.stdout)["sets"]
    assert {name: s["probe_accuracy"] for name, s in sets.items()} == {
        "ood, story alone": 1.0,
        "ood, distractor": 0.5,
        "ood": 1.0,
    }
    r = run("eval", f"{out}/best.npz", "--probes", str(path))
    assert "| ood, distractor | zero state | 50% | 50.0% (n = 2) |" in r.stdout.splitlines()
    path.write_text(probes.to_jsonl([{**lines[0], "context": 3}]), encoding="utf-8")
    one_line_error(run("eval", f"{out}/best.npz", "--probes", str(path)), "'context' must be")


def test_prompts_read_side_by_side_equal_each_read_alone(trained):
    """evaluate.read_prompts reads prompts of many lengths as one shrinking batch; each
    prompt's last logits and state equal those of reading it alone from a zero state."""
    out, _ = trained
    net = checkpoint.load(f"{out}/best.npz").model
    rng = np.random.default_rng(0)
    prompts = [rng.integers(0, 10, n) for n in (5, 1, 30, 5, 17, 2, 30, 9)]
    together = evaluate.read_prompts(net, prompts, batch=3)
    for prompt, (last, state) in zip(prompts, together, strict=True):
        logits, alone, _ = net.forward(prompt[:, None], net.zero_state(1))
        np.testing.assert_allclose(last, logits[-1, 0], rtol=1e-5, atol=1e-6)
        for layer, layer_alone in zip(state, alone, strict=True):
            for part, part_alone in zip(layer, layer_alone, strict=True):
                np.testing.assert_allclose(part, part_alone, rtol=1e-5, atol=1e-6)


def test_short_one_sentence_stories_stand_between_the_unfilled_and_the_rest():
    """Models learn to carry the country when stories with one short sentence (distance up
    to 30) are as common as stories with none (layout.SHORT_TRIES 256); with 64 tries they
    were two thirds as common (and a third as many under 16), and with the probes' 8, most
    short targets found no sentence."""
    text = layout.corpus(2000, 0, 400, seed=3, distances="log")
    d = np.array([task.distance(m.group()) for m in STORY.finditer(text)])
    unfilled, short = (d == 1).sum(), ((d > 1) & (d <= 30)).sum()
    assert short > 0.9 * unfilled > 300
    assert ((d > 1) & (d <= 15)).sum() > 0.3 * unfilled
