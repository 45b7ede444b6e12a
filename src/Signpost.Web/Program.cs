using Signpost.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignpostStore();
builder.AddSignpostSite();

var app = builder.Build();
app.UseSignpostSite();
app.MapSignpostSite();

return await app.RunOrExecuteCommandAsync(args);

public partial class Program;
