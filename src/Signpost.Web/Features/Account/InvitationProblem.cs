namespace Signpost.Web.Features.Account;

public enum InvitationProblem
{
    Unknown,
    Used,
    Expired,
}
