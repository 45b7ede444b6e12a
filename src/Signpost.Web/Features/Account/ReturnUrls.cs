using Microsoft.AspNetCore.Mvc;

namespace Signpost.Web.Features.Account;

public static class ReturnUrls
{
    public const string Default = "/editor";

    /// <summary>Only local paths: a sign-in link must never bounce a user to another site (an open redirect).</summary>
    public static string Safe(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/account/sign-", StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : Default;
}
