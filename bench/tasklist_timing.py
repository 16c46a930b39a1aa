#!/usr/bin/env python3
"""How long Camunda Tasklist takes a user in headless Chromium (Debian's chromium and chromium-driver), spoken to
through chromedriver's WebDriver protocol with the standard library alone.

Two figures, each for a first visit (a fresh browser profile: nothing cached) and for a visit again (the same
browser, logged out: what a mediator meets each morning):
  login page   from asking for Tasklist's address to its user-name field shown
  task list    from clicking 登录 to the first task of the default filter shown
The user must have at least one task in its default filter. Standalone:
  tasklist_timing.py --base http://127.0.0.1:8080 --user intake [--password intake]
"""
import argparse, json, os, shutil, socket, subprocess, tempfile, time, urllib.request

CHROMEDRIVER = "/usr/bin/chromedriver"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
SHOWN = "var e = document.querySelector(arguments[0]); return !!(e && e.offsetParent !== null);"
BOUND = ("var e = document.querySelector(arguments[0]); var m = window.angular && angular.element(e).controller('ngModel');"
         " return !!(m && m.$viewValue === arguments[1]);")


def available():
    return os.path.exists(CHROMEDRIVER) and os.path.exists("/usr/bin/chromium")


class Browser:
    def __init__(self):
        s = socket.socket(); s.bind(("127.0.0.1", 0)); self.port = s.getsockname()[1]; s.close()
        self.profile = tempfile.mkdtemp(prefix="tasklist-timing-")
        # a browser in China, as the product's users are
        self.driver = subprocess.Popen([CHROMEDRIVER, f"--port={self.port}"], env={**os.environ, "TZ": "Asia/Shanghai"},
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                self._call("GET", "/status"); break
            except OSError:
                time.sleep(0.05)
        args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=zh-CN", "--accept-lang=zh-CN", f"--user-data-dir={self.profile}"]
        answer = self._call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}})
        self.session = f"/session/{answer['value']['sessionId']}"

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as answer:
            return json.loads(answer.read() or b"{}")

    def go(self, url):
        self._call("POST", self.session + "/url", {"url": url})

    def script(self, source, *args):
        return self._call("POST", self.session + "/execute/sync", {"script": source, "args": list(args)})["value"]

    def element(self, css):
        return self._call("POST", self.session + "/element", {"using": "css selector", "value": css})["value"][ELEMENT]

    def type(self, css, text):
        self._call("POST", f"{self.session}/element/{self.element(css)}/value", {"text": text})

    def clear(self, css):
        self._call("POST", f"{self.session}/element/{self.element(css)}/clear", {})

    def click(self, css):
        self._call("POST", f"{self.session}/element/{self.element(css)}/click", {})

    def wait_shown(self, css, began, limit=60):
        while not self.script(SHOWN, css):
            if time.perf_counter() - began > limit:
                page = self.script("return location.href + ': ' + document.body.innerText.slice(0, 300)")
                raise TimeoutError(f"{css} not shown in {limit} s; the page: {page}")
            time.sleep(0.02)
        return time.perf_counter() - began

    def fill(self, css, text):
        """Types into an Angular field until Angular has taken the text: a field can be shown before Angular has
        bound it (the page from the cache), and keys typed then never reach the form's model."""
        for _ in range(50):
            self.clear(css)
            self.type(css, text)
            if self.script(BOUND, css, text):
                return
            time.sleep(0.1)
        raise TimeoutError(f"{css}: Angular never took the typed text")

    def forget_login(self):
        self._call("DELETE", self.session + "/cookie")

    def close(self):
        try:
            self._call("DELETE", self.session)
        except OSError:
            pass
        self.driver.terminate()
        shutil.rmtree(self.profile, ignore_errors=True)


def visit(browser, base, user, password):
    """One visit: Tasklist's address, the login form, the first task of the default filter."""
    began = time.perf_counter()
    browser.go(f"{base}/camunda/app/tasklist/default/")
    login_page = browser.wait_shown("input[ng-model=username]", began)
    browser.fill("input[ng-model=username]", user)
    browser.fill("input[ng-model=password]", password)
    began = time.perf_counter()
    browser.click("button[type=submit]")
    task_list = browser.wait_shown("ol.tasks-list a[href*='task=']", began)
    return login_page, task_list


def measure(base, user, password=None):
    """Seconds: the first visit's and the next visit's login page and task list."""
    browser = Browser()
    try:
        first = visit(browser, base, user, password or user)
        browser.forget_login()
        again = visit(browser, base, user, password or user)
    finally:
        browser.close()
    return {"login_first_s": first[0], "tasks_first_s": first[1], "login_again_s": again[0], "tasks_again_s": again[1]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True); parser.add_argument("--user", required=True)
    parser.add_argument("--password")
    options = parser.parse_args()
    print(json.dumps({k: round(v, 2) for k, v in measure(options.base, options.user, options.password).items()}))


if __name__ == "__main__":
    main()
