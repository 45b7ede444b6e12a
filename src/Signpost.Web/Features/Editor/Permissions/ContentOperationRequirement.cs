using Microsoft.AspNetCore.Authorization;
using Signpost.Core.Editorial.Permissions;

namespace Signpost.Web.Features.Editor.Permissions;

public sealed record ContentOperationRequirement(ContentOperation Operation) : IAuthorizationRequirement;
