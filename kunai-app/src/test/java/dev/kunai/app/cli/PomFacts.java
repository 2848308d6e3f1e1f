package dev.kunai.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads facts from a generated pom.xml with XPath (namespaces ignored). */
record PomFacts(Document document, XPath xpath) {

    static PomFacts read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return new PomFacts(
                factory.newDocumentBuilder().parse(pom.toFile()),
                XPathFactory.newInstance().newXPath());
    }

    String text(String path) throws Exception {
        return ((String) xpath.evaluate(path, document, XPathConstants.STRING)).strip();
    }

    boolean exists(String path) throws Exception {
        return ((NodeList) xpath.evaluate(path, document, XPathConstants.NODESET)).getLength() > 0;
    }

    /** Each dependency as {@code groupId:artifactId:version:scope}. */
    List<String> dependencies() throws Exception {
        List<String> out = new ArrayList<>();
        NodeList nodes =
                (NodeList) xpath.evaluate("/project/dependencies/dependency", document, XPathConstants.NODESET);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element d = (Element) nodes.item(i);
            String scope = child(d, "scope");
            out.add(child(d, "groupId") + ":" + child(d, "artifactId") + ":" + child(d, "version") + ":"
                    + (scope.isEmpty() ? "compile" : scope));
        }
        return out;
    }

    /** Each build plugin as {@code groupId:artifactId:version}. */
    List<String> plugins() throws Exception {
        List<String> out = new ArrayList<>();
        NodeList nodes = (NodeList) xpath.evaluate("/project/build/plugins/plugin", document, XPathConstants.NODESET);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element p = (Element) nodes.item(i);
            out.add(child(p, "groupId") + ":" + child(p, "artifactId") + ":" + child(p, "version"));
        }
        return out;
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0
                ? ""
                : children.item(0).getTextContent().strip();
    }
}
