using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.YoungPeople;

public sealed class IndexModel(IOptions<SignpostOptions> options) : PageModel
{
    public string AreaName => options.Value.AreaName;

    // Young people's words for the categories they ask about most (DOMAIN.md: plain words, without an adult).
    public IReadOnlyList<YoungPeopleTopic> Topics { get; } =
    [
        new("someone-to-talk-to", "Someone to talk to", "Counselling and people who listen, without judging you."),
        new("camhs", "Mental health", "Feeling low, anxious or not yourself? Find help, including CAMHS."),
        new("sexual-health", "Sex, relationships and your body", "Free condoms, contraception, tests and advice. Confidential."),
        new("youth-clubs", "Clubs and places to go", "Youth clubs and centres where you can meet friends and try new things."),
        new("sport-and-leisure", "Sport and getting active", "Free and cheap sport, swimming and outdoor activities."),
        new("drugs-and-alcohol", "Drugs, alcohol and smoking", "Confidential help if you, or someone you live with, uses."),
        new("staying-safe", "Feeling unsafe", "Help with abuse, bullying, exploitation or trouble at home."),
        new("careers-and-training", "College, training and jobs", "Courses, apprenticeships and careers advice."),
        new("housing", "Somewhere to live", "Help if you have nowhere to stay or might lose your home."),
        new("young-carers", "Looking after someone", "Support if you care for someone in your family."),
        new("transport-help", "Getting about", "Bus fares, passes and help with travel."),
    ];
}
