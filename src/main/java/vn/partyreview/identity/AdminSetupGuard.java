package vn.partyreview.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes CVE-2026-77226: the Admin webapp's first-run setup endpoint creates an administrator for an anonymous
 * caller whenever the camunda-admin group has no direct member. This application always provisions its
 * administrator from configuration, so the endpoint has no legitimate use and is refused outright.
 */
class AdminSetupGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"Chức năng khởi tạo quản trị viên đã bị khóa.\"}");
    }
}
