namespace Signpost.Core.Feedback;

/// <summary>
/// "Did it help?" The young people's outcomes and the parents' outcomes from the LARC feedback frame;
/// a person ticks any that apply.
/// </summary>
[Flags]
public enum FeedbackOutcomes
{
    None = 0,
    FeelSafer = 1,
    Happier = 2,
    MoreConfident = 4,
    BetterAtSchool = 8,
    BetterAtHome = 16,
    LessWorried = 32,
    AbleToCope = 64,
    SomeoneThereForMe = 128,
}
