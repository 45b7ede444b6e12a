using Microsoft.EntityFrameworkCore;

namespace Signpost.Web.Tests.Search;

/// <summary>
/// One search a parent, carer or young person would make over the demo content, and what they
/// should see in the first five results. Written from the listings (content-seed/services), not
/// from what the engine returns today.
/// </summary>
public sealed record QualityCase(string Query)
{
    /// <summary>Every one of these is in the top 5.</summary>
    public string[] InTopFive { get; init; } = [];

    /// <summary>At least <see cref="MostlyAtLeast"/> of the top 5 come from this set (when several services fit equally).</summary>
    public string[] MostlyFrom { get; init; } = [];

    public int MostlyAtLeast { get; init; }

    /// <summary>None of these appears anywhere in the results.</summary>
    public string[] Never { get; init; } = [];

    /// <summary>These are in the top 5 labelled with how they cover the place (covers_area not null).</summary>
    public string[] CoversArea { get; init; } = [];

    /// <summary>The corrected_query the API must give; null means no assertion.</summary>
    public string? Corrected { get; init; }

    /// <summary>Every one of the top 5 has a venue in this town.</summary>
    public string? TopFiveTown { get; init; }

    /// <summary>The UK moment "now" is, for open_now cases.</summary>
    public DateTimeOffset? Clock { get; init; }

    /// <summary>Why a person would expect this, for whoever reads a failure.</summary>
    public string Why { get; init; } = "";

    public override string ToString() => Clock is { } at ? $"{Query} at {at:ddd yyyy-MM-dd HH:mm zzz}" : Query;
}

[Collection(SignpostSiteCollection.Name)]
public sealed class SearchQualityTests(SignpostWebFactory site, FixedClockSiteFactory clocked) : IClassFixture<FixedClockSiteFactory>
{
    private static readonly string[] FamilyHubs =
    [
        "birchfield-family-hub", "brookvale-family-hub", "ditton-family-hub", "halton-lodge-family-hub",
        "kingsway-family-hub", "upton-family-hub", "windmill-hill-family-hub", "castlefields-family-hub-outreach",
    ];

    private static readonly string[] AutismServices =
    [
        "cygnet-autism-parenting-programme", "neurodevelopmental-pathway-autism-adhd-assessment",
        "national-autistic-society-halton-branch", "national-autistic-society-helpline", "ashley-high-after-school-club",
    ];

    private static readonly string[] YouthClubs =
    [
        "grangeway-junior-youth-club", "grangeway-senior-youth-club", "murdishaw-youth-club", "upton-junior-youth-club",
        "upton-senior-youth-club", "ditton-friday-night-project", "saturday-inclusive-youth-club", "halton-ymca-youth-drop-in",
        "halton-pride-youth", "halton-detached-youth-work",
    ];

    private static readonly string[] YoungCarers = ["young-carers-club", "young-carers-juniors", "young-carers-needs-assessment", "young-adult-carers"];

    private static readonly string[] ShortBreaks =
    [
        "family-link-short-breaks", "overnight-short-breaks", "short-breaks-holiday-scheme", "saturday-club-for-disabled-children",
    ];

    private static readonly string[] ParentingCourses =
    [
        "incredible-years-parenting-course", "talking-teens-parenting-course", "cygnet-autism-parenting-programme",
        "triple-p-online-parenting", "adhd-parent-workshops-online",
    ];

    private static readonly string[] NamedDropIns =
    [
        "halton-ymca-youth-drop-in", "wellbeing-drop-in-cafe-young-people", "riverside-college-wellbeing-drop-in", "school-nursing-drop-ins",
    ];

    private static readonly string[] NationalHelplines =
    [
        "childline", "samaritans", "shout-text-85258", "youngminds-textline", "youngminds-parents-helpline",
        "nhs-111-mental-health-option", "national-autistic-society-helpline", "report-online-sexual-abuse-ceop",
    ];

    private static readonly string[] YoungPeoplesMentalHealth =
    [
        "kooth", "youngminds-textline", "wellbeing-drop-in-cafe-young-people", "youth-counselling-halton", "halton-camhs",
        "camhs-crisis-and-home-treatment-team", "mental-health-support-teams-in-schools", "riverside-college-wellbeing-drop-in",
        "nhs-111-mental-health-option", "chathealth-school-nursing-text", "shout-text-85258", "childline", "samaritans",
        "eating-disorder-service-young-people",
    ];

    // Winter: UK time is UTC. Summer: BST, UTC+1, so a case in July also checks the engine uses UK time.
    private static readonly DateTimeOffset TuesdayEvening = new(2026, 12, 1, 19, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayTeatime = new(2026, 12, 1, 17, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayTeatimeInChristmasWeek = new(2026, 12, 29, 17, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SundaySmallHours = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SummerSaturdayAfternoon = new(2027, 7, 10, 13, 15, 0, TimeSpan.FromHours(1));

    public static readonly QualityCase[] Cases =
    [
        // Synonyms and acronyms
        new("q=camhs") { InTopFive = ["halton-camhs", "camhs-crisis-and-home-treatment-team"], Why = "CAMHS is the name of both services" },
        new("q=child+and+adolescent+mental+health") { InTopFive = ["halton-camhs"], Why = "the words CAMHS stands for" },
        new("q=someone+to+talk+to") { InTopFive = ["youth-counselling-halton"], Why = "\"someone to talk to\" means counselling; the youth counselling service is the local one" },
        new("q=sure+start") { MostlyFrom = FamilyHubs, MostlyAtLeast = 4, Why = "Sure Start children's centres are now family hubs" },
        new("q=childrens+centre") { MostlyFrom = FamilyHubs, MostlyAtLeast = 4, Why = "children's centre = family hub" },
        new("q=send") { InTopFive = ["halton-sendiass"], Why = "SEND = special educational needs and disabilities; SENDIASS is the SEND advice service" },
        new("q=ehcp") { InTopFive = ["ehcp-information-sessions", "halton-sendiass"], Why = "EHCP = EHC plan; the sessions are about it and SENDIASS helps with it" },
        new("q=gum") { InTopFive = ["young-peoples-sexual-health-clinic-runcorn", "young-peoples-sexual-health-clinic-widnes"], Why = "GUM clinic = sexual health clinic" },
        new("q=c-card") { InTopFive = ["c-card-free-condoms"], Why = "the C-Card scheme by name" },
        new("q=condoms") { InTopFive = ["c-card-free-condoms"], Why = "free condoms are the C-Card" },
        new("q=morning+after+pill") { InTopFive = ["free-emergency-contraception-pharmacies"], Why = "morning after pill = emergency contraception" },
        new("q=sti+test") { InTopFive = ["free-online-sti-testing-halton"], Why = "free STI test kits" },
        new("q=slt") { InTopFive = ["childrens-speech-and-language-therapy"], Why = "SLT = speech and language therapy" },
        new("q=speech+therapy") { InTopFive = ["childrens-speech-and-language-therapy"], Why = "speech therapy = speech and language therapy" },
        new("q=haf") { InTopFive = ["halton-holiday-activities-and-food", "haf-inclusive-holiday-club-ashley"], Why = "HAF = Holiday Activities and Food" },
        new("q=free+holiday+club") { InTopFive = ["halton-holiday-activities-and-food"], Why = "HAF is the free holiday club" },
        new("q=asd") { MostlyFrom = AutismServices, MostlyAtLeast = 3, Why = "ASD = autism" },
        new("q=adhd") { InTopFive = ["neurodevelopmental-pathway-autism-adhd-assessment", "adhd-parent-support-group", "adhd-parent-workshops-online"], Why = "the three services with ADHD in the name" },
        new("q=food+bank") { InTopFive = ["halton-foodbank-runcorn", "halton-foodbank-widnes"], Why = "the foodbanks" },
        new("q=foodbank") { InTopFive = ["halton-foodbank-runcorn", "halton-foodbank-widnes"], Why = "one word or two" },
        new("q=kicked+out") { InTopFive = ["ymca-youth-homelessness-prevention", "housing-advice-young-people"], Why = "a young person's words for homeless" },
        new("q=looking+after+my+mum") { MostlyFrom = YoungCarers, MostlyAtLeast = 2, Why = "a young carer's words" },
        new("q=young+carers") { MostlyFrom = YoungCarers, MostlyAtLeast = 3, Why = "four young carers services" },
        new("q=respite") { MostlyFrom = ShortBreaks, MostlyAtLeast = 2, Why = "respite = short breaks" },
        new("q=bus+pass") { InTopFive = ["arriva-young-persons-fares"], Why = "young person's bus fares and passes" },
        new("q=health+visitor") { InTopFive = ["health-visiting-0-5"], Why = "the health visiting service" },
        new("q=domestic+violence") { InTopFive = ["domestic-abuse-refuge-and-outreach", "childrens-domestic-abuse-recovery-group"], Why = "domestic violence = domestic abuse" },
        new("q=parenting+course") { MostlyFrom = ParentingCourses, MostlyAtLeast = 3, Why = "the parenting courses and programmes" },
        new("q=stay+and+play") { InTopFive = ["brookfields-sensory-stay-and-play"], Why = "stay and play by name" },
        new("q=rhyme+time") { InTopFive = ["bookstart-rhyme-time-widnes", "rhyme-and-story-time-runcorn"], Why = "both library rhyme times" },
        new("q=breastfeeding") { InTopFive = ["breastfeeding-peer-support-weekend", "infant-feeding-support"], Why = "breastfeeding groups and the infant feeding team" },
        new("q=vaping") { InTopFive = ["stop-smoking-and-vaping-young-people"], Why = "by name" },
        new("q=childline") { InTopFive = ["childline"], Why = "a service typed by its name" },
        new("q=duke+of+edinburgh") { InTopFive = ["halton-duke-of-edinburghs-award"], Why = "DofE by name, without the apostrophe" },

        // Spelling mistakes: corrected, and the right services found
        new("q=sexual+helth") { Corrected = "sexual health", InTopFive = ["young-peoples-sexual-health-clinic-runcorn", "young-peoples-sexual-health-clinic-widnes"], Why = "a young person's typo" },
        new("q=autisim") { Corrected = "autism", MostlyFrom = AutismServices, MostlyAtLeast = 3, Why = "a common misspelling" },
        new("q=bemefits") { Corrected = "benefits", InTopFive = ["welfare-rights-advice-family-hubs"], Why = "a typo for benefits; the benefits advice service" },
        new("q=councelling") { Corrected = "counselling", InTopFive = ["youth-counselling-halton", "kooth"], Why = "a common misspelling of counselling" },
        new("q=counseling") { InTopFive = ["youth-counselling-halton", "kooth"], Why = "the American spelling (the stemmer may match it without a correction)" },
        new("q=speach+therapy") { Corrected = "speech therapy", InTopFive = ["childrens-speech-and-language-therapy"], Why = "a typo" },
        new("q=homless") { Corrected = "homeless", InTopFive = ["ymca-youth-homelessness-prevention", "housing-advice-young-people"], Why = "a typo" },
        new("q=brestfeeding") { Corrected = "breastfeeding", InTopFive = ["breastfeeding-peer-support-weekend"], Why = "a typo" },

        // Plurals and stems
        new("q=youth+clubs") { MostlyFrom = YouthClubs, MostlyAtLeast = 4, Never = ["castlefields-youth-club"], Why = "plural of youth club; the withdrawn Castlefields club never shows" },
        new("q=swimming+lessons") { InTopFive = ["halton-learn-to-swim"], Why = "Learn to Swim lessons" },
        new("q=apprenticeship") { InTopFive = ["riverside-college-apprenticeships"], Why = "singular of apprenticeships" },

        // Age
        new("q=autism&age=7") { MostlyFrom = AutismServices, MostlyAtLeast = 3, Never = ["ashley-high-after-school-club"], Why = "a parent of a 7-year-old; the after-school club is 11 to 19" },
        new("q=youth+club&age=9") { InTopFive = ["grangeway-junior-youth-club", "upton-junior-youth-club"], Never = ["grangeway-senior-youth-club", "upton-senior-youth-club"], Why = "the junior clubs are 8 to 12, the senior 13 to 19" },
        new("q=young+carers&age=6") { InTopFive = ["young-carers-juniors"], Never = ["young-adult-carers", "young-carers-club"], Why = "juniors is 5 to 7" },

        // Place: distance order, coverage
        new("where=WA7+2GW&sort=distance") { InTopFive = ["personal-budgets-and-direct-payments-advice", "housing-advice-young-people", "welfare-rights-advice-family-hubs", "halton-sendiass"], TopFiveTown = "Runcorn", Why = "these four meet at Halton Direct Link, Halton Lea, which is at WA7 2GW" },
        new("where=Widnes&sort=distance") { TopFiveTown = "Widnes", Why = "nearest first from Widnes town centre" },
        new("q=youth+club&where=Widnes&sort=distance") { TopFiveTown = "Widnes", Why = "youth clubs nearest Widnes first" },
        new("q=family+hub&where=WA7+2GW&sort=distance") { InTopFive = ["halton-lodge-family-hub"], TopFiveTown = "Runcorn", Why = "Halton Lodge is the nearest family hub to WA7 2GW (0.5 mi); everything first is in Runcorn" },
        new("q=someone+to+talk+to&where=Widnes&category=helplines") { CoversArea = ["samaritans", "childline"], Why = "national helplines cover everywhere, however far from the place" },
        new("q=helpline&where=WA7+2GW") { MostlyFrom = NationalHelplines, MostlyAtLeast = 3, Why = "helplines are national; they cover any place" },
        new("q=autism&where=Runcorn&radius=1") { CoversArea = ["national-autistic-society-helpline"], Why = "a national helpline shows however small the radius" },
        new("q=camhs&where=Widnes&radius=1") { CoversArea = ["halton-camhs"], Why = "CAMHS covers the whole area" },
        new("q=play+rangers&where=Castlefields&radius=1") { CoversArea = ["play-rangers-runcorn-estates"], Why = "Play Rangers name Castlefields as one of the estates they cover" },

        // Filters and facets
        new("category=sexual-health") { InTopFive = ["young-peoples-sexual-health-clinic-runcorn", "young-peoples-sexual-health-clinic-widnes"], Never = ["young-peoples-sexual-health-outreach-bus"], Why = "the clinics; the withdrawn bus never shows" },
        new("need=autism&category=short-breaks") { InTopFive = ["short-breaks-holiday-scheme", "family-link-short-breaks", "overnight-short-breaks", "saturday-club-for-disabled-children", "ashley-high-after-school-club"], Why = "the five short breaks for autistic children" },
        new("q=support&need=hearing") { InTopFive = ["deaf-childrens-support-service"], Why = "the hearing support service" },
        new("q=swimming&cost=free") { InTopFive = ["free-swimming-for-under-16s"], Never = ["halton-learn-to-swim", "little-splashers-baby-swim", "halton-otters-disability-swimming"], Why = "only free swimming" },
        new("q=youth+club&cost=free") { MostlyFrom = YouthClubs, MostlyAtLeast = 3, Never = ["grangeway-junior-youth-club", "upton-junior-youth-club", "saturday-inclusive-youth-club"], Why = "the junior and Saturday clubs charge" },

        // Drop in, and the young people's view
        new("q=drop+in") { MostlyFrom = NamedDropIns, MostlyAtLeast = 3, Why = "the services called drop-ins" },
        new("q=drop+in&audience=young-people") { InTopFive = ["halton-ymca-youth-drop-in", "wellbeing-drop-in-cafe-young-people"], Why = "young people's drop-ins" },
        new("q=youth&access=drop-in") { Never = ["halton-youth-cabinet", "volunteer-police-cadets-halton", "halton-duke-of-edinburghs-award"], MostlyFrom = YouthClubs, MostlyAtLeast = 2, Why = "only services you can just turn up to" },
        new("q=mental+health&audience=young-people") { MostlyFrom = YoungPeoplesMentalHealth, MostlyAtLeast = 4, Never = ["youngminds-parents-helpline"], Why = "mental health services a young person can use, not clubs that mention wellbeing; the parents' helpline is not for them" },
        new("q=sexual+health&audience=young-people") { InTopFive = ["young-peoples-sexual-health-clinic-runcorn", "young-peoples-sexual-health-clinic-widnes", "c-card-free-condoms"], Why = "young people's sexual health services" },

        // Open now, at a fixed UK time
        new("q=youth+club&open_now=true") { Clock = TuesdayEvening, InTopFive = ["upton-senior-youth-club"], Never = ["grangeway-senior-youth-club", "murdishaw-youth-club", "ditton-friday-night-project"], Why = "Tuesday 7.30pm: Upton senior is on (Tue 7-9pm); Grangeway (Mon, Wed), Murdishaw (Thu, Fri) and Ditton (Fri) are not" },
        new("q=sexual+health&open_now=true") { Clock = TuesdayTeatime, InTopFive = ["young-peoples-sexual-health-clinic-widnes", "free-online-sti-testing-halton"], Never = ["young-peoples-sexual-health-clinic-runcorn"], Why = "Tuesday 5.30pm: Widnes clinic is open (Tue 4-7pm), Runcorn is not (Thu, Sat)" },
        new("q=sexual+health&open_now=true") { Clock = TuesdayTeatimeInChristmasWeek, InTopFive = ["free-online-sti-testing-halton"], Never = ["young-peoples-sexual-health-clinic-widnes"], Why = "the Widnes clinic is closed on 29 December" },
        new("q=someone+to+talk+to&open_now=true") { Clock = SundaySmallHours, InTopFive = ["samaritans", "childline"], Never = ["youth-counselling-halton", "kooth"], Why = "3am on a Sunday: only the 24-hour lines" },
        new("q=swimming&open_now=true") { Clock = SummerSaturdayAfternoon, InTopFive = ["free-swimming-for-under-16s"], Never = ["halton-learn-to-swim"], Why = "1.15pm BST Saturday: free swim (1-3pm) is on, Learn to Swim (8.30am-12.30pm) has finished" },
    ];

    private static readonly Dictionary<string, QualityCase> ByName = Cases.ToDictionary(c => c.ToString());

    private static Dictionary<string, HashSet<string>>? townsBySlug;

    public static IEnumerable<object[]> CaseNames => Cases.Select(c => new object[] { c.ToString() });

    [Fact]
    public void There_are_at_least_40_cases_with_unique_names() =>
        Assert.True(Cases.Length >= 40 && ByName.Count == Cases.Length, $"{Cases.Length} cases, {ByName.Count} distinct names");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Top_five_has_what_a_person_would_expect(string query)
    {
        var expected = ByName[query];
        var factory = expected.Clock is null ? site : clocked;
        clocked.Clock.FixedAt = expected.Clock;
        var api = new SearchApiClient(factory.CreatePlainClient());

        var (first, all) = await api.SearchAllAsync(expected.Query);

        var topFive = first.Results.Take(5).ToList();
        var slugs = topFive.Select(r => r.Slug).ToList();
        var problems = new List<string>();
        foreach (var slug in expected.InTopFive.Where(s => !slugs.Contains(s)))
        {
            problems.Add($"{slug} is not in the top 5 (position {Position(all, slug)})");
        }

        if (expected.MostlyFrom.Length > 0)
        {
            var fromSet = slugs.Count(expected.MostlyFrom.Contains);
            if (fromSet < expected.MostlyAtLeast)
            {
                problems.Add($"only {fromSet} of the top 5 are from [{string.Join(", ", expected.MostlyFrom)}]; wanted at least {expected.MostlyAtLeast}");
            }
        }

        foreach (var slug in expected.Never.Where(s => all.Any(r => r.Slug == s)))
        {
            problems.Add($"{slug} must not appear but is at position {Position(all, slug)}");
        }

        foreach (var slug in expected.CoversArea)
        {
            var hit = topFive.FirstOrDefault(r => r.Slug == slug);
            if (hit is null)
            {
                problems.Add($"{slug} is not in the top 5 (position {Position(all, slug)})");
            }
            else if (hit.CoversArea is null)
            {
                problems.Add($"{slug} is in the top 5 without a covers_area label");
            }
        }

        if (expected.Corrected is { } corrected && !string.Equals(first.CorrectedQuery, corrected, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"corrected_query is {first.CorrectedQuery ?? "null"}, expected \"{corrected}\"");
        }

        if (expected.TopFiveTown is { } town)
        {
            var towns = await TownsBySlugAsync();
            if (topFive.Count < 5)
            {
                problems.Add($"only {topFive.Count} results");
            }

            foreach (var hit in topFive.Where(h => !towns.TryGetValue(h.Slug, out var t) || !t.Contains(town)))
            {
                problems.Add($"{hit.Slug} is in the top 5 but has no venue in {town}");
            }
        }

        Assert.True(problems.Count == 0, $"{expected} ({expected.Why}): {string.Join("; ", problems)}. Got {first.Describe()}");
    }

    private static string Position(List<ApiResult> all, string slug)
    {
        var index = all.FindIndex(r => r.Slug == slug);
        return index < 0 ? "not found" : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<Dictionary<string, HashSet<string>>> TownsBySlugAsync()
    {
        if (townsBySlug is null)
        {
            var (scope, db) = site.OpenStore();
            await using var _ = scope;
            var services = await db.Services.AsNoTracking().Include(s => s.Locations).ToListAsync();
            townsBySlug = services.ToDictionary(s => s.Slug, s => s.Locations.Select(l => l.Town).ToHashSet(StringComparer.OrdinalIgnoreCase));
        }

        return townsBySlug;
    }
}
