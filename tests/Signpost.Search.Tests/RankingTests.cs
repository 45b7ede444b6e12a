namespace Signpost.Search.Tests;

using static TestDocuments;

/// <summary>Which field a word hits decides the order: name, then category/need terms, then organisation and summary, then description.</summary>
public class RankingTests
{
    private static readonly SearchTerm AutismNeed = Term("autism", "Autism");
    private static readonly SearchTerm SendNeed = Term("send", "Special educational needs and disabilities");
    private static readonly SearchTerm LearningNeed = Term("learning-disability", "Learning disability");

    [Fact]
    public void A_word_in_the_name_beats_the_same_word_among_the_needs()
    {
        using var index = Build(
            Service("Travel Buddies", "Travel training for young people.", description: "We help young people learn to travel on their own.", needs: [AutismNeed, SendNeed, LearningNeed]),
            Service("Supported internships", "Work placements with a job coach.", description: "For young people with an EHCP.", needs: [AutismNeed, LearningNeed, SendNeed]),
            Service("Young Creatives art club", "Art sessions on Saturdays.", description: "Autism friendly sessions with quiet space; autistic young people welcome.", needs: [AutismNeed]),
            Service("National Autistic Society helpline", "Information and advice by phone."),
            Service("Autism parent support group - Runcorn", "Coffee mornings for parents."));

        var names = index.Search(Request("autism")).Hits.Select(h => h.Name).ToList();

        Assert.Equal(5, names.Count);
        Assert.Equal(
            ["Autism parent support group - Runcorn", "National Autistic Society helpline"],
            names.Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_acronym_in_the_name_beats_its_expansion_among_the_terms()
    {
        using var index = Build(
            Service(
                "YoungMinds Parents Helpline",
                "Advice for parents worried about a child's mental health.",
                description: "We can tell you about CAMHS and how to get a referral.",
                categories: [Term("mental-health", "Mental health")],
                needs: [Term("camhs", "Child and adolescent mental health")]),
            Service(
                "Halton CAMHS (child and adolescent mental health service)",
                "NHS mental health service for under 18s.",
                categories: [Term("mental-health", "Mental health")]));

        Assert.Equal("Halton CAMHS (child and adolescent mental health service)", index.Search(Request("camhs")).Hits[0].Name);
    }

    [Fact]
    public void Name_then_category_or_need_then_summary_then_description()
    {
        using var index = Build(
            Service("Saturday Sessions", "Games and crafts.", description: "Football in the park when it is dry."),
            Service("Holiday Club", "Football, crafts and trips in the holidays."),
            Service("Active Kids", "Sport for all.", categories: [Term("football", "Football")]),
            Service("Widnes Football Club", "Training on Tuesdays."));

        Assert.Equal(
            ["Widnes Football Club", "Active Kids", "Holiday Club", "Saturday Sessions"],
            index.Search(Request("football")).Hits.Select(h => h.Name));
    }

    [Fact]
    public void Every_word_in_the_name_beats_one_word_in_the_name()
    {
        using var index = Build(
            Service("Autism Advice Line", "Talk to us.", description: "Support for families."),
            Service("Autism Parent Support Group", "Coffee mornings."));

        Assert.Equal("Autism Parent Support Group", index.Search(Request("autism support")).Hits[0].Name);
    }

    [Fact]
    public void Field_order_holds_in_a_large_match_where_bm25_is_not_computed()
    {
        var filler = Enumerable.Range(1, 400)
            .Select(i => Service($"Drop-in {i}", "Open sessions.", description: "Young carers are welcome at every session.", needs: [Term("young-carers", "Young carers")]));
        using var index = Build([.. filler, Service("Young Carers Project", "Breaks and support.")]);

        var response = index.Search(Request("young carers"));

        Assert.Equal(401, response.Total);
        Assert.Equal("Young Carers Project", response.Hits[0].Name);
    }

    [Fact]
    public void A_prefix_ranks_names_that_complete_it_first()
    {
        using var index = Build(
            Service("Play Together", "Stay and play.", description: "Counselling is available on request."),
            Service("Counselling for Young People", "Talk to a counsellor."));

        Assert.Equal("Counselling for Young People", index.Search(Request("couns") with { Prefix = true }).Hits[0].Name);
    }
}
