namespace Signpost.Core.Feedback;

/// <summary>The answer to one "how was it for you" question: was it easy to get to, did staff listen, and so on.</summary>
public enum ExperienceAnswer
{
    Yes,
    Partly,
    No,
    NotSure,
}
