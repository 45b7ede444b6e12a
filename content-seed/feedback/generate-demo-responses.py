#!/usr/bin/env python3
"""Writes demo-responses.csv: DEMO feedback for the demo area, so participation reports have
something to show. Deterministic (fixed seed): re-running gives the same file. Every row is demo
content and is imported with IsDemo = true; none of it came from a real person."""
import csv, random, re
from pathlib import Path

HERE = Path(__file__).parent
SERVICES = HERE.parent / "services"
rng = random.Random(20261122)

GROUPS = {
    "youth": {"youth-clubs", "sport-and-leisure", "arts-and-music", "holiday-activities"},
    "mental": {"camhs", "someone-to-talk-to", "helplines", "staying-safe"},
    "sexual": {"sexual-health"},
    "family": {"family-hubs", "early-years", "parenting-support", "health-visiting-and-school-nursing"},
    "send": {"send-groups", "send-advice", "therapies", "short-breaks", "learning-support"},
    "transport": {"transport-help", "travel-training"},
    "life": {"careers-and-training", "money-and-benefits", "housing", "drugs-and-alcohol", "young-carers"},
}

YOUNG = {
    "youth": [
        ("The youth workers are sound and you can just turn up on your own.", "staff"),
        ("I go every Wednesday now. Wish it was open on Fridays too.", "times"),
        ("Good place to chill after school. The pool table is broken though.", "venue"),
        ("I was nervous the first time but someone showed me round and I felt ok.", "staff"),
        ("It finishes too early in winter, I have to walk home in the dark.", "times"),
        ("Loved the music sessions, I recorded my first track.", "activities"),
        ("More stuff for older ones please, a lot of it is for year 7s.", "activities"),
        ("The bus there is every hour so I am always late.", "transport"),
        ("It is free which is good because my mum can't pay for clubs.", "cost"),
        ("Didn't know it existed till my friend told me. Put it on Instagram.", "information"),
        ("Staff listened when I said I was getting picked on and sorted it.", "safety"),
        ("The summer trips were the best thing I did all holidays.", "activities"),
        ("There's nowhere to sit that's quiet if you don't want to join in.", "venue"),
    ],
    "mental": [
        ("It took months to get an appointment. By then I felt worse.", "waiting-times"),
        ("My counsellor actually listened and didn't judge me.", "staff"),
        ("I liked that I could text instead of phoning.", "access"),
        ("I was worried they would tell my parents but they explained what stays private.", "confidentiality"),
        ("Appointments are in school time so I miss lessons and people ask where I'm going.", "times"),
        ("Having someone to talk to each week helped me get through exams.", "staff"),
        ("The waiting room is next to reception and everyone can see you.", "confidentiality"),
        ("I didn't understand the letter they sent, it was full of long words.", "information"),
        ("The online chat was easy and I didn't have to say my name.", "access"),
        ("I feel a lot calmer now and I know what to do when I panic.", "staff"),
        ("They kept changing who I saw so I had to explain everything again.", "staff"),
    ],
    "sexual": [
        ("Nobody made me feel awkward. Quick and easy.", "staff"),
        ("Getting the C-card was simple and no one asked loads of questions.", "access"),
        ("The clinic is only open when I'm at college.", "times"),
        ("I was scared someone I know would see me going in.", "confidentiality"),
        ("Ordering the test online was really easy.", "access"),
        ("The nurse explained everything properly and I felt less worried.", "staff"),
        ("Drop-in queue was long and I had to leave before I was seen.", "waiting-times"),
        ("Didn't know under 16s could go without their parents. Tell people that.", "information"),
    ],
    "send": [
        ("The quiet room helps when it gets too loud.", "send"),
        ("Staff know how to talk to me and don't rush me.", "staff"),
        ("I made friends here which I don't at school.", "activities"),
        ("The building has steps at the back and my chair can't get in that way.", "access"),
        ("Travel training means I can get the bus to college on my own now.", "transport"),
        ("I want more things on Saturdays.", "times"),
    ],
    "transport": [
        ("The bus pass saves me loads getting to college.", "cost"),
        ("The form was confusing and took ages.", "information"),
        ("The travel trainer was patient and I can do the journey by myself now.", "staff"),
        ("Buses don't run late enough to get back from town.", "transport"),
    ],
    "life": [
        ("The careers adviser helped me apply for an apprenticeship and I got it.", "staff"),
        ("I didn't know I was a young carer till someone told me. Now I get a break.", "information"),
        ("They helped me sort my money out when I moved into my flat.", "staff"),
        ("You have to phone, I hate phoning. Let us email or message.", "access"),
        ("Young carers trips mean I get time to just be me.", "activities"),
        ("The drop-in is in the town centre so it's easy to get to.", "access"),
        ("Waited three weeks for a call back.", "waiting-times"),
    ],
    "family": [
        ("I come with my little brother. The staff are nice to him.", "staff"),
    ],
}

PARENT = {
    "family": [
        ("The stay and play sessions got me out of the house when I was really low after the baby.", "activities"),
        ("Staff were welcoming and didn't make me feel judged.", "staff"),
        ("Parking is a nightmare at drop-off time.", "access"),
        ("The health visitor drop-in is only on a weekday morning; I work.", "times"),
        ("I found out about the free childcare here, nobody had told me before.", "information"),
        ("The parenting course was the best thing I've done. I shout less.", "staff"),
        ("It was hard to get in with a double buggy, the door is heavy.", "venue"),
        ("Sessions are always full by the time I try to book.", "waiting-times"),
        ("Great that it's all in one place: health visitor, benefits advice and groups.", "access"),
        ("Would be good to have something for dads at weekends.", "times"),
        ("The baby clinic moved and the website still had the old address.", "information"),
    ],
    "send": [
        ("Finally someone who understood what we were going through with the EHCP.", "send"),
        ("We waited 14 months for the assessment. Our son was struggling the whole time.", "waiting-times"),
        ("The short breaks give me a few hours to sleep. It keeps us going.", "send"),
        ("The advisers explained our rights clearly and came to the school meeting with us.", "staff"),
        ("Information is scattered across three websites. It took me ages to find this.", "information"),
        ("The group meets in school hours so working parents can't come.", "times"),
        ("Our daughter's speech therapy has made a real difference at home.", "staff"),
        ("Nobody phoned back after the referral. I had to chase it four times.", "waiting-times"),
        ("The sensory room is brilliant but the car park has no blue badge spaces.", "access"),
        ("Meeting other parents in the same boat has been a lifeline.", "activities"),
    ],
    "mental": [
        ("We were told to wait and see. We waited and it got worse.", "waiting-times"),
        ("The parent line gave me ideas for how to talk to my daughter.", "staff"),
        ("I wish they had kept me informed. I know he's 15 but I was worried sick.", "confidentiality"),
        ("The crisis team answered straight away at 2am. Thank you.", "staff"),
        ("The referral criteria are so strict that we fell between services.", "access"),
    ],
    "youth": [
        ("My son has grown in confidence since going. He looks forward to it all week.", "staff"),
        ("I like knowing there is somewhere safe for her to go in the evening.", "safety"),
        ("The holiday club with free meals helped us a lot over summer.", "cost"),
        ("Could you let parents know about trips earlier? We need time to plan.", "information"),
        ("It would help if it started a bit later so he can get there after tea.", "times"),
    ],
    "transport": [
        ("The school transport was sorted quickly once we applied.", "transport"),
        ("The bus pass application wanted documents I didn't have.", "information"),
        ("Travel training has given my son independence and me peace of mind.", "transport"),
    ],
    "life": [
        ("The benefits adviser found money we didn't know we could claim.", "cost"),
        ("The debt advice was kind and practical.", "staff"),
        ("Appointments are only in Runcorn; the bus from Widnes takes an hour.", "transport"),
    ],
    "sexual": [
        ("My daughter went on her own and said they were kind. That's what matters.", "staff"),
    ],
}

PROFESSIONAL = [
    ("Referral form is clear and we get an acknowledgement quickly.", "access"),
    ("Hard to know which service to refer to; the criteria overlap.", "information"),
    ("Good joint working with the school nurse team.", "staff"),
    ("Waiting lists mean we hold young people for months with nothing in between.", "waiting-times"),
    ("The directory saved me time finding a local group for a family.", "information"),
]

DIRECTORY = {
    "YoungPerson": [
        ("Searching was easy, I typed what I needed and it came up.", "information"),
        ("I liked the bit that says if you can go on your own.", "information"),
        ("Make it easier to find stuff on my phone.", "access"),
        ("Would be good if you could see what's open right now.", "times"),
        ("Some of the words are hard. Explain what CAMHS means.", "information"),
    ],
    "ParentCarer": [
        ("At last, everything in one place. I wish this had existed when my son was diagnosed.", "information"),
        ("The filters for age and free helped me find a holiday club quickly.", "information"),
        ("Some listings are out of date. The group we went to had stopped.", "information"),
        ("Please add a way to save services to show my partner later.", "information"),
        ("The map was helpful because we don't drive.", "transport"),
    ],
    "Professional": [
        ("Useful for signposting in appointments; the print view is handy.", "information"),
        ("Would like to see waiting times on listings.", "waiting-times"),
    ],
}

SPAM = [
    "Cheap watches online best price click here",
    "visit my site for followers and likes!!!",
    "asdfghjkl",
]

PENDING_WITH_NAMES = [
    ("Sarah at the Thursday group is amazing, she helped me so much with Leo.", "staff"),
    ("Mr Patel in reception was rude to my mum when we came in.", "staff"),
    ("Jade the youth worker listened when nobody else would.", "staff"),
]

DISTRICTS = {"Widnes": ["WA8"], "Runcorn": ["WA7"]}
CHANNELS = [("Website", 70), ("PaperForm", 12), ("Event", 10), ("YouthForum", 8)]
YOUNG_BANDS = [("under-11", 6), ("11-13", 28), ("14-15", 30), ("16-17", 24), ("18-19", 9), ("20-25", 3)]
PARENT_BANDS = [("20-25", 10), ("over-25", 90)]
SEX = [("female", 48), ("male", 40), ("other", 3), ("prefer-not-to-say", 9)]
ETHNICITY = [("white", 82), ("mixed", 5), ("asian", 4), ("black", 3), ("other", 1), ("prefer-not-to-say", 5)]
DISABILITY = [("no", 72), ("yes", 18), ("prefer-not-to-say", 10)]
YOUNG_OUTCOMES = ["FeelSafer", "Happier", "MoreConfident", "BetterAtSchool", "BetterAtHome", "SomeoneThereForMe"]
PARENT_OUTCOMES = ["LessWorried", "AbleToCope", "SomeoneThereForMe", "BetterAtHome"]


def pick(weighted):
    total = sum(w for _, w in weighted)
    r = rng.uniform(0, total)
    for value, w in weighted:
        r -= w
        if r <= 0:
            return value
    return weighted[-1][0]


def services():
    found = []
    for path in sorted(SERVICES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        front = text.split("---")[1]
        if re.search(r"^status:\s*(draft|withdrawn)", front, re.M):
            continue
        cats = re.search(r"^categories:\s*\[(.*)\]", front, re.M)
        auds = re.search(r"^audiences:\s*\[(.*)\]", front, re.M)
        cats = [c.strip() for c in cats.group(1).split(",")] if cats else []
        auds = [a.strip() for a in auds.group(1).split(",")] if auds else []
        group = next((g for g, members in GROUPS.items() if any(c in members for c in cats)), None)
        ages = [int(m.group(1)) if m else None for m in (re.search(r"^min_age:\s*(\d+)", front, re.M), re.search(r"^max_age:\s*(\d+)", front, re.M))]
        if group and "national" not in front.split("service_area:")[-1][:60]:
            found.append((path.stem, group, auds, ages[0] or 0, ages[1] or 25))
    return found


def band_overlaps(band, min_age, max_age):
    low, high = (0, 10) if band == "under-11" else (int(band.split("-")[0]), int(band.split("-")[1]))
    return low <= max_age and min_age <= high


def answer(good):
    return pick([("Yes", 70 if good else 25), ("Partly", 20), ("No", 5 if good else 40), ("NotSure", 5), ("", 8)])


def main():
    listing = services()
    rows = []
    for n in range(1, 361):
        month = pick([(m, 6 + m) for m in range(12)])
        submitted = f"{2025 + (11 + month) // 12:04d}-{(11 + month) % 12 + 1:02d}-{rng.randint(1, 20 if month == 11 else 28):02d}T{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:00Z"
        about_directory = rng.random() < 0.08
        slug, group, auds, min_age, max_age = ("", "", [], 0, 25) if about_directory else rng.choice(listing)
        if about_directory:
            respondent = pick([("YoungPerson", 45), ("ParentCarer", 45), ("Professional", 10)])
        elif "young-people" in auds and "parents-carers" in auds:
            respondent = pick([("YoungPerson", 50), ("ParentCarer", 44), ("Professional", 6)])
        elif "young-people" in auds:
            respondent = pick([("YoungPerson", 85), ("ParentCarer", 12), ("Professional", 3)])
        else:
            respondent = pick([("ParentCarer", 88), ("Professional", 8), ("YoungPerson", 4)])
        if about_directory:
            pool = DIRECTORY[respondent]
        elif respondent == "Professional":
            pool = PROFESSIONAL
        elif respondent == "YoungPerson":
            pool = YOUNG.get(group) or YOUNG["youth"]
        else:
            pool = PARENT.get(group) or PARENT["family"]
        text, theme = rng.choice(pool)
        status = pick([("Approved", 80), ("Pending", 12), ("Rejected", 4), ("Escalated", 4)])
        if status == "Rejected":
            text, theme = rng.choice(SPAM), ""
        elif status == "Pending" and rng.random() < 0.3:
            text, theme = rng.choice(PENDING_WITH_NAMES)
        if rng.random() < 0.15 and status != "Rejected":
            text = ""
        good = not any(w in text.lower() for w in ("wait", "hard", "nightmare", "rude", "confusing", "late", "too", "broken", "don't", "didn't", "only", "scattered", "strict", "worse"))
        rating = str(pick([(5, 40), (4, 35), (3, 15), (2, 6), (1, 4)] if good else [(5, 5), (4, 15), (3, 35), (2, 30), (1, 15)]))
        outcomes_pool = YOUNG_OUTCOMES if respondent == "YoungPerson" else PARENT_OUTCOMES if respondent == "ParentCarer" else []
        outcomes = [o for o in outcomes_pool if rng.random() < (0.45 if good else 0.12)]
        may_quote = bool(text) and status != "Rejected" and rng.random() < 0.6
        fitting = [(b, w) for b, w in YOUNG_BANDS if band_overlaps(b, min_age, max_age)] or YOUNG_BANDS
        band = pick(fitting) if respondent == "YoungPerson" else pick(PARENT_BANDS) if respondent == "ParentCarer" and rng.random() < 0.7 else ""
        if band == "" and respondent == "YoungPerson" and rng.random() < 0.1:
            band = ""
        town = rng.choice(list(DISTRICTS))
        district = rng.choice(DISTRICTS[town]) if rng.random() < 0.75 else ""
        equality = rng.random() < 0.55
        rows.append({
            "demo_id": n,
            "submitted": submitted,
            "service": slug,
            "channel": pick(CHANNELS),
            "respondent": respondent,
            "age_band": band,
            "district": district,
            "easy_to_get_to": answer(good),
            "listened": answer(good),
            "confidential": answer(good) if respondent != "Professional" else "",
            "times_right": answer(good),
            "outcomes": ";".join(outcomes),
            "rating": rating if rng.random() < 0.95 else "",
            "text": text,
            "may_quote": "yes" if may_quote else "no",
            "quote_approved": "yes" if may_quote and status == "Approved" else "no",
            "status": status,
            "themes": theme if status in ("Approved", "Escalated") and text else "",
            "sex": pick(SEX) if equality else "",
            "ethnicity": pick(ETHNICITY) if equality else "",
            "disability": pick(DISABILITY) if equality else "",
        })
    with open(HERE / "demo-responses.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
