namespace Signpost.Core.Feedback;

/// <summary>How the person took part; a participation report says "how" as well as "who".</summary>
public enum FeedbackChannel
{
    Website,
    PaperForm,
    Event,
    YouthForum,
}
