namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>
/// The withdraw or restore form under an organisation's or venue's edit form. <see cref="Warning"/>
/// says what withdrawing takes off the public site, since the consequences reach beyond the item itself.
/// </summary>
public sealed record WithdrawPanel(string EditUrl, bool CanWithdraw, bool CanRestore, string Warning, string RestoreText)
{
    /// <summary>Where "withdraw later" posts: the item's schedule page, beside its edit page.</summary>
    public string WithdrawAtUrl => $"{EditUrl[..EditUrl.LastIndexOf('/')]}/schedule?handler=WithdrawAt";
}
