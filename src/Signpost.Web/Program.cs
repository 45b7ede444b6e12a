using Signpost.Web.Features.Account;
using Signpost.Web.Features.Editor;
using Signpost.Web.Features.Editor.ReviewCycle;
using Signpost.Web.Features.Feedback;
using Signpost.Web.Features.OpenReferral.Api;
using Signpost.Web.Features.OpenReferral.Import;
using Signpost.Web.Features.Participation;
using Signpost.Web.Features.Participation.Reports;
using Signpost.Web.Features.Search;
using Signpost.Web.Infrastructure;
using Signpost.Web.Infrastructure.ScaleOut;

var builder = WebApplication.CreateBuilder(CommandLineVerbs.ConfigurationArguments(args));
builder.AddSignpostStore();
builder.AddSignpostScaleOut();
builder.AddSignpostSearch();
builder.AddSignpostSite();
builder.AddSignpostAccounts();
builder.AddSignpostEditor();
builder.AddSignpostReviewCycle();
builder.AddSignpostFeedback();
builder.AddSignpostParticipation();
builder.AddSignpostParticipationReports();
builder.AddSignpostOpenReferralApi();
builder.AddSignpostOpenReferralImport();

var app = builder.Build();
app.UseSignpostSite();
app.MapSignpostSite();
app.MapOpenReferralApi();

return await app.RunOrExecuteCommandAsync(args);

public partial class Program;
