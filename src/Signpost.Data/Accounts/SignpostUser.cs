using Microsoft.AspNetCore.Identity;
using Signpost.Core.Content;

namespace Signpost.Data.Accounts;

public class SignpostUser : IdentityUser
{
    /// <summary>Editors belong to one organisation and may change only its listings.</summary>
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
