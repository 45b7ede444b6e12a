namespace Signpost.Web.Tests.ScaleOut;

/// <summary>One web node of a scale-out test: the real app with these extra settings (Redis, a shared store, short breaks).</summary>
public sealed class ScaleOutNodeFactory(IReadOnlyDictionary<string, string> settings) : SignpostWebFactory(settings)
{
    /// <summary>Sign-in attempts one address may make per hour on these nodes: low enough to reach, above what the sign-ins tests make use.</summary>
    public const int SignInPermitLimit = 5;

    public static Dictionary<string, string> Settings(string? redis, IReadOnlyDictionary<string, string>? store = null, int breakSeconds = 1)
    {
        var settings = new Dictionary<string, string>
        {
            ["Redis:BreakSeconds"] = breakSeconds.ToString(),
            ["Signpost:Feedback:RateLimit:PermitLimit"] = "3",
            ["Signpost:Feedback:RateLimit:WindowSeconds"] = "3600",
            ["Signpost:SignIn:PermitLimit"] = SignInPermitLimit.ToString(),
            ["Signpost:SignIn:WindowSeconds"] = "3600",
        };
        if (redis is not null)
        {
            settings["Redis:Configuration"] = redis;
        }

        foreach (var (key, value) in store ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
