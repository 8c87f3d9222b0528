using DealRoom.Web.Collaboration;

namespace DealRoom.Web.Features.Comments;

/// <summary>Comments: the room's threads are operations like any other; these are the parts outside the op log.</summary>
public static class CommentsSetup
{
    public static IServiceCollection AddDealRoomComments(this IServiceCollection services)
    {
        services.AddSingleton<CommentReads>();
        services.AddSingleton<CommentMembers>();
        services.AddSingleton<IMentionCheck>(sp => sp.GetRequiredService<CommentMembers>());
        return services;
    }
}
